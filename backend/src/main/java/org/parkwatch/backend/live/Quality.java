package org.parkwatch.backend.live;

/**
 * OPC UA quality class of a StatusCode: the top two bits, 00 good, 01 uncertain, 10/11 bad (OPC UA
 * Part 4, 7.39).
 */
public enum Quality {
    GOOD("good"),
    UNCERTAIN("uncertain"),
    BAD("bad");

    private final String id;

    Quality(String id) {
        this.id = id;
    }

    /** The lower-case name used in the API. */
    public String id() {
        return id;
    }

    /**
     * @param status OPC UA StatusCode as an unsigned 32-bit value
     */
    public static Quality of(long status) {
        long severity = (status >>> 30) & 0x3;
        if (severity == 0) return GOOD;
        if (severity == 1) return UNCERTAIN;
        return BAD;
    }
}
