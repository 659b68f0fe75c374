package org.attache.ingest;

/** An input, or one item of it, that cannot become an article; the message says why, for the ingest report. */
final class Rejected extends Exception {
    Rejected(String reason) {
        super(reason, null, false, false);
    }
}
