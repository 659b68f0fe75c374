package org.attache.store;

/** A store could not be opened, read or written; wraps the database error so callers need not know JDBC. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
