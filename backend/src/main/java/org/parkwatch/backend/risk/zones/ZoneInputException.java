package org.parkwatch.backend.risk.zones;

/** A threat-zone request that cannot be computed, naming the input field to fix (HTTP 400). */
public final class ZoneInputException extends IllegalArgumentException {
    private final String field;

    public ZoneInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code windFromDeg}. */
    public String field() {
        return field;
    }
}
