/**
 * Full-text search over the store's articles and event records with Apache Lucene: an index kept beside the
 * store, updated after each ingest and rebuildable from the store at any time.
 */
package org.attache.search;
