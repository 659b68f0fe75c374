package org.attache.knowledge;

/** A knowledge file that cannot be read or has a bad line; the message names the file and line. */
public final class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
