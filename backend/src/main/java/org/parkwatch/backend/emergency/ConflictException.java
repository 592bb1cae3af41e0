package org.parkwatch.backend.emergency;

/**
 * A request that clashes with the state of the command record (answered 409): a resource already
 * committed, a step already taken, a closed record, stock that is short.
 */
public final class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
