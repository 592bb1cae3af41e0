package org.parkwatch.bridge.client;

/** A mapping that cannot become a monitored item; the message names the node and the reason. */
final class MappingException extends Exception {
    private final long status;

    MappingException(long status, String message) {
        super(message);
        this.status = status;
    }

    long status() {
        return status;
    }
}
