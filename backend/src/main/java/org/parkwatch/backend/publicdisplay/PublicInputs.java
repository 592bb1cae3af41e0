package org.parkwatch.backend.publicdisplay;

import java.util.List;

/**
 * Everything the public display may ever know about the park at one instant: counts (never alarm
 * texts or ids) and air readings by station name. This record is the allow-list: a value that is
 * not a field here cannot reach the public API.
 *
 * @param takenMs when the values were read, epoch ms
 * @param activeCritical active critical alarms (condition active, not shelved or suppressed)
 * @param activeHigh active high-priority alarms
 * @param openIncidents open correlated incidents
 * @param lastIncidentMs when the newest incident the platform knows of opened, epoch ms; -1 when
 *     none is known
 * @param air current air readings
 */
public record PublicInputs(
        long takenMs,
        int activeCritical,
        int activeHigh,
        int openIncidents,
        long lastIncidentMs,
        List<AirReading> air) {
    public PublicInputs {
        air = List.copyOf(air);
    }

    /** Inputs without a known incident. */
    public PublicInputs(
            long takenMs,
            int activeCritical,
            int activeHigh,
            int openIncidents,
            List<AirReading> air) {
        this(takenMs, activeCritical, activeHigh, openIncidents, -1, air);
    }

    /** Whole days from the newest incident to {@code takenMs}; -1 when none is known. */
    public long daysSinceIncident() {
        return lastIncidentMs < 0 ? -1 : Math.max(0, (takenMs - lastIncidentMs) / 86_400_000L);
    }

    /**
     * One pollutant at one air station.
     *
     * @param station 1-based number of the station in the park's list (not a tag or feature id)
     * @param stationZh station name, e.g. 北界空气站
     * @param value concentration in {@code unit}; NaN when the station has no usable value
     * @param unit e.g. {@code ug/m3}
     * @param high the tag list's design limit H, or NaN
     * @param highHigh the tag list's design limit HH, or NaN
     */
    public record AirReading(
            int station,
            String stationZh,
            String stationEn,
            Pollutant pollutant,
            double value,
            String unit,
            double high,
            double highHigh) {}
}
