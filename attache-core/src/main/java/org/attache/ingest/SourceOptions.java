package org.attache.ingest;

/**
 * How the sources read their input: the most bytes one item may take (a whole HTML, text or feed file; one
 * line, row or WARC record of the others) and the field names of record formats.
 */
public record SourceOptions(long maxBytes, FieldMap fields) {
    /** 20 MB: far beyond any news article, small enough that a few in flight cannot exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public SourceOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        if (fields == null) {
            throw new IllegalArgumentException("a field map is needed");
        }
    }

    public static SourceOptions defaults() {
        return new SourceOptions(DEFAULT_MAX_BYTES, FieldMap.defaults());
    }
}
