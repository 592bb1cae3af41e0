package org.parkwatch.backend.publicdisplay;

import java.util.Optional;

/**
 * The air pollutants the public display may show, by the last segment of an air-quality tag id
 * ({@code PARK.AQ1.PM25} → {@link #PM25}). An air-quality tag whose signal is not listed here is
 * not published.
 */
public enum Pollutant {
    PM25("PM25", "PM2.5"),
    PM10("PM10", "PM10"),
    SO2("SO2", "SO₂"),
    NO2("NO2", "NO₂"),
    O3("O3", "O₃"),
    CO("CO", "CO"),
    VOC("VOC", "TVOC");

    private final String signal;
    private final String label;

    Pollutant(String signal, String label) {
        this.signal = signal;
        this.label = label;
    }

    /** The label shown to the public (the same in both languages). */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase();
    }

    /**
     * The pollutant measured by a tag with this signal name, e.g. {@code PM25}; empty when not
     * allowed.
     */
    public static Optional<Pollutant> ofSignal(String signal) {
        for (Pollutant p : values()) if (p.signal.equals(signal)) return Optional.of(p);
        return Optional.empty();
    }
}
