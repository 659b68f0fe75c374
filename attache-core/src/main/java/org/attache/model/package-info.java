/**
 * The shared data model: an {@link org.attache.model.Article} becomes an annotated
 * {@link org.attache.model.Document}, whose stages yield {@link org.attache.model.EventMention}s,
 * which linking groups into {@link org.attache.model.EventRecord}s. All values are immutable.
 */
package org.attache.model;
