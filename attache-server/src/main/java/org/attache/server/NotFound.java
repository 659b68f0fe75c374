package org.attache.server;

/** The requested record or article is not in the store; answered with HTTP 404 and this message. */
final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
        super(message);
    }
}
