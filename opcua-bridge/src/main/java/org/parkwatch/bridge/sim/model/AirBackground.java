package org.parkwatch.bridge.sim.model;

import java.util.Locale;
import java.util.Map;

/**
 * Typical background concentrations at a rural chemical park's fence on the northern Henan plain,
 * for simulated air-quality tags that carry no instantaneous limit to scale from. Orders of
 * magnitude only (status: simulation choice [U], no source): they keep the undisturbed park below
 * every limit of limits.csv and leave room for a leak plume to stand out.
 */
final class AirBackground {

    /** Background per signal, μg/m³ (CO: mg/m³). */
    private static final Map<String, Double> BACKGROUND =
            Map.ofEntries(
                    Map.entry("PM25", 45.0),
                    Map.entry("PM10", 80.0),
                    Map.entry("SO2", 15.0),
                    Map.entry("NO2", 30.0),
                    Map.entry("CO", 0.8),
                    Map.entry("O3", 70.0),
                    Map.entry("VOC", 600.0),
                    Map.entry("CL2", 3.0),
                    Map.entry("NH3", 40.0),
                    Map.entry("H2S", 2.0),
                    Map.entry("BENZENE", 3.0),
                    Map.entry("METHANOL", 15.0));

    private AirBackground() {}

    /** The signal's background in the tag's unit (μg/m³ or mg/m³), or the fallback. */
    static double of(String signal, String unit, double fallback) {
        Double ug = BACKGROUND.get(signal.toUpperCase(Locale.ROOT));
        if (ug == null) return fallback;
        boolean mgTag = unit.toLowerCase(Locale.ROOT).startsWith("mg");
        boolean mgTable = "CO".equalsIgnoreCase(signal);
        if (mgTag == mgTable) return ug;
        return mgTag ? ug / 1000 : ug * 1000;
    }

    /** Pollutants of combustion and traffic, which follow the morning and evening rush hours. */
    static boolean isTraffic(String signal) {
        return switch (signal.toUpperCase(Locale.ROOT)) {
            case "PM25", "PM10", "NO2", "CO", "SO2", "VOC" -> true;
            default -> false;
        };
    }
}
