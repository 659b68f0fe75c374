/**
 * What happened: trigger words and patterns, factuality cues, and coding to kind, PLOVER and CAMEO, read
 * from the knowledge files; the stage that turns a document's sentences into event mentions, and the
 * {@link org.attache.events.PatternCoder} extension through which a user's verb patterns code beside them.
 */
package org.attache.events;
