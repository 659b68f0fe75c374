package org.attache.link.story;

/**
 * A word of an article, lower-cased. {@code joined} says only spaces separate it from the word before on the
 * same line, so that a run of capitalised words is read as one name only when nothing breaks it.
 */
record Word(String lower, boolean capitalised, boolean number, boolean joined) {
}
