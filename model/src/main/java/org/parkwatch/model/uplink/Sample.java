package org.parkwatch.model.uplink;

/**
 * One value of one tag as read from an enterprise OPC UA server.
 *
 * @param tagId park-wide tag id, e.g. {@code E01.TK101.LT}
 * @param value a {@link Double}, {@link Boolean} or {@link String}; {@code null} when the server
 *     gave no value
 * @param sourceTimeMs OPC UA source timestamp, epoch milliseconds (the bridge's clock when the
 *     server sent none)
 * @param status OPC UA StatusCode as an unsigned 32-bit value; 0 is Good, top bits 01 uncertain, 10
 *     bad
 */
public record Sample(String tagId, Object value, long sourceTimeMs, long status) {

    public static final long GOOD = 0L;

    /** Bad_NoCommunication: what the bridge reports for its tags while the server is away. */
    public static final long BAD_NO_COMMUNICATION = 0x80310000L;

    public Sample {
        if (tagId == null || tagId.isEmpty()) throw new IllegalArgumentException("tagId is empty");
        if (value != null
                && !(value instanceof Double
                        || value instanceof Boolean
                        || value instanceof String)) {
            throw new IllegalArgumentException(
                    "value of "
                            + tagId
                            + " must be a Double, Boolean, String or null, not "
                            + value.getClass().getSimpleName());
        }
    }

    public static Sample of(String tagId, double value, long sourceTimeMs) {
        return new Sample(tagId, value, sourceTimeMs, GOOD);
    }

    public boolean isGood() {
        return (status & 0xC0000000L) == 0;
    }

    public boolean isBad() {
        return (status & 0x80000000L) != 0;
    }

    /** The value as a number: booleans as 0/1, anything else NaN. */
    public double numeric() {
        if (value instanceof Double d) return d;
        if (value instanceof Boolean b) return b ? 1.0 : 0.0;
        return Double.NaN;
    }
}
