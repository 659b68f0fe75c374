/**
 * Quotes: direct quotes between quote marks and reported words after a verb of saying or "according to", each
 * with its speaker resolved through the article's actor mentions and attached to the event it belongs to.
 */
package org.attache.quotes;
