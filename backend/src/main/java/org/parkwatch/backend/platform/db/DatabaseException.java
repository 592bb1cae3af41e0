package org.parkwatch.backend.platform.db;

/** A database could not be opened, migrated or reached; the message names the URL or statement. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
