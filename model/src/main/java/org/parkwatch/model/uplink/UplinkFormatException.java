package org.parkwatch.model.uplink;

/**
 * A payload that is not a valid uplink message; the message says what and where, for a person to
 * act on.
 */
public class UplinkFormatException extends Exception {
    public UplinkFormatException(String message) {
        super(message);
    }

    public UplinkFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
