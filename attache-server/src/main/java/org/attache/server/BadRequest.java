package org.attache.server;

/** A request parameter is missing or malformed; answered with HTTP 400 and this message. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}
