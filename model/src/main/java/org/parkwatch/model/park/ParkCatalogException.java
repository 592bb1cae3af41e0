package org.parkwatch.model.park;

/**
 * Park data that cannot be read; the message names the file and, where known, the line or entry.
 */
public class ParkCatalogException extends RuntimeException {
    public ParkCatalogException(String message) {
        super(message);
    }

    public ParkCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
