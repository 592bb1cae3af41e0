package org.parkwatch.backend.environment;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.Pollutant;

/**
 * How the park's tags and inventory name what the environment capability works with: the last
 * segment of an air-quality tag id ({@code PARK.AQ1.PM25}) names the pollutant; a tank's {@code
 * chemicalCas} names what it could release.
 */
final class EnvironmentSignals {

    private static final Map<String, Pollutant> BY_SIGNAL =
            Map.ofEntries(
                    Map.entry("PM25", Pollutant.PM2_5),
                    Map.entry("PM10", Pollutant.PM10),
                    Map.entry("SO2", Pollutant.SO2),
                    Map.entry("NO2", Pollutant.NO2),
                    Map.entry("O3", Pollutant.O3),
                    Map.entry("CO", Pollutant.CO),
                    Map.entry("VOC", Pollutant.TVOC),
                    Map.entry("CL2", Pollutant.CL2),
                    Map.entry("NH3", Pollutant.NH3),
                    Map.entry("H2S", Pollutant.H2S),
                    Map.entry("BENZENE", Pollutant.BENZENE),
                    Map.entry("METHANOL", Pollutant.METHANOL));

    /** The real-time AQI item of each pollutant a station measures (HJ 633-2012 §5.2). */
    private static final Map<Pollutant, AqiItem> REAL_TIME =
            Map.of(
                    Pollutant.PM2_5,
                    AqiItem.PM2_5_1H,
                    Pollutant.PM10,
                    AqiItem.PM10_1H,
                    Pollutant.SO2,
                    AqiItem.SO2_1H,
                    Pollutant.NO2,
                    AqiItem.NO2_1H,
                    Pollutant.O3,
                    AqiItem.O3_1H,
                    Pollutant.CO,
                    AqiItem.CO_1H);

    /**
     * What a stored chemical (CAS number) can release to air; organic liquids and gases count as
     * TVOC.
     */
    static final Map<String, Set<Pollutant>> HELD_BY_CAS =
            Map.ofEntries(
                    Map.entry("7782-50-5", Set.of(Pollutant.CL2)), // chlorine
                    Map.entry("7664-41-7", Set.of(Pollutant.NH3)), // ammonia
                    Map.entry("71-43-2", Set.of(Pollutant.BENZENE, Pollutant.TVOC)), // benzene
                    Map.entry("67-56-1", Set.of(Pollutant.METHANOL, Pollutant.TVOC)), // methanol
                    Map.entry("108-88-3", Set.of(Pollutant.TVOC)), // toluene
                    Map.entry("1330-20-7", Set.of(Pollutant.TVOC)), // xylene
                    Map.entry("8006-61-9", Set.of(Pollutant.TVOC)), // gasoline
                    Map.entry("86290-81-5", Set.of(Pollutant.TVOC)), // gasoline
                    Map.entry("8002-05-9", Set.of(Pollutant.TVOC)), // crude oil
                    Map.entry("68334-30-5", Set.of(Pollutant.TVOC)), // diesel fuel
                    Map.entry("68476-85-7", Set.of(Pollutant.TVOC)), // LPG
                    Map.entry("74-98-6", Set.of(Pollutant.TVOC)), // propane
                    Map.entry("7783-06-4", Set.of(Pollutant.H2S))); // hydrogen sulphide

    private EnvironmentSignals() {}

    static Optional<Pollutant> ofSignal(String signal) {
        return Optional.ofNullable(BY_SIGNAL.get(signal.toUpperCase(Locale.ROOT)));
    }

    static Optional<AqiItem> realTimeItem(Pollutant p) {
        return Optional.ofNullable(REAL_TIME.get(p));
    }

    /**
     * A pollutant from a query parameter: a tag signal ({@code VOC}) or the enum name ({@code
     * TVOC}).
     */
    static Pollutant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "query parameter 'pollutant' is required, e.g. VOC, CL2, SO2");
        }
        Optional<Pollutant> bySignal = ofSignal(text.trim());
        if (bySignal.isPresent()) {
            return bySignal.get();
        }
        try {
            return Pollutant.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "query parameter 'pollutant' = '"
                            + text
                            + "' is not a known "
                            + "pollutant; use one of "
                            + BY_SIGNAL.keySet());
        }
    }

    /**
     * A value in a tag unit converted to the AQI item's unit; NaN when the unit is not a mass
     * concentration.
     */
    static double toItemUnit(double value, String tagUnit, AqiItem item) {
        double ug =
                switch (tagUnit.toLowerCase(Locale.ROOT).replace("μ", "u").replace("³", "3")) {
                    case "ug/m3" -> value;
                    case "mg/m3" -> value * 1000;
                    default -> Double.NaN;
                };
        return item.unit() == AqiItem.Unit.MG_PER_M3 ? ug / 1000 : ug;
    }
}
