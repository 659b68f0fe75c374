package org.attache.model;

/** Where an article's publication date was found. */
public enum DateOrigin {
    /** The record that carried the article (JSONL field, feed item, meta tag). */
    METADATA,
    /** A leading date tag in the text, such as "date 2021-03-23". */
    TEXT_TAG,
    /** A dateline such as "SEOUL, Nov 2 (Reuters) -". */
    DATELINE,
    /** A "Published"/"Updated" line in the text. */
    PUBLISHED_LINE,
    /** A date in the article's URL path. */
    URL,
    /**
     * An end of the window an undated article was inferred to be published in (from an anniversary it marks);
     * used to resolve the article's relative dates, never stored as the article's date.
     */
    INFERRED,
    /** None found: the date is unknown, never guessed. */
    UNKNOWN
}
