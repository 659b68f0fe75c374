/**
 * Stories and source independence: which articles report the same main event ({@link
 * org.attache.link.story.StoryClusterer}), and which of them are one source reprinted or rewritten rather than
 * independent reports ({@link org.attache.link.story.SourceIndependence}). Pure functions of a batch of
 * articles; nothing here reads or writes a store.
 */
package org.attache.link.story;
