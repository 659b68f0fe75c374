/**
 * Reading news pages: the main text of an HTML page as plain paragraphs, without navigation, related links,
 * captions, comments and other site furniture, and the title, author, date and canonical URL its metadata gives.
 * Knows nothing of files or articles; the ingest sources turn what it extracts into articles.
 */
package org.attache.ingest.html;
