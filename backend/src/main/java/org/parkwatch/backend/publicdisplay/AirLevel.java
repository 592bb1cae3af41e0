package org.parkwatch.backend.publicdisplay;

/**
 * How a pollutant reading compares with the design limits of its tag (the park's own H and HH, e.g.
 * PM2.5 75 and 150 µg/m³ in the demo tag list): good below H, elevated from H, high from HH; none
 * without a usable value.
 */
public enum AirLevel {
    NONE,
    GOOD,
    ELEVATED,
    HIGH;

    public String id() {
        return name().toLowerCase();
    }

    public static AirLevel of(double value, double high, double highHigh) {
        if (Double.isNaN(value)) return NONE;
        if (!Double.isNaN(highHigh) && value >= highHigh) return HIGH;
        if (!Double.isNaN(high) && value >= high) return ELEVATED;
        return GOOD;
    }

    /** The worse of two levels. */
    public AirLevel worst(AirLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
