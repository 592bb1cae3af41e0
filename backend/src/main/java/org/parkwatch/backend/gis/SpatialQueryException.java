package org.parkwatch.backend.gis;

/**
 * A database-backed spatial query could not be answered (the database is away or refused the
 * statement).
 */
public class SpatialQueryException extends RuntimeException {
    public SpatialQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
