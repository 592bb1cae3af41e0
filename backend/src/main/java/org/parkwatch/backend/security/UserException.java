package org.parkwatch.backend.security;

/** A user operation refused, with the HTTP status to answer and a message a person can act on. */
public final class UserException extends Exception {
    private final int status;

    public UserException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
