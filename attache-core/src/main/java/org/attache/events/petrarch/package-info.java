/**
 * A user's PETRARCH/TABARI verb dictionary and discard list, read into memory and used as a
 * {@link org.attache.events.PatternCoder}: verb forms and their patterns give CAMEO codes, the patterns'
 * slots place source and target, and a discard phrase keeps its sentence or story from being coded.
 */
package org.attache.events.petrarch;
