package org.parkwatch.model.environment;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the park names what its air stations measure and what its stores can release, shared by the
 * simulator (which drives the station tags) and the backend (which reads them): the last segment of
 * an air-quality tag id ({@code PARK.AQ1.PM25}) names the pollutant; a stored chemical's CAS number
 * names the pollutants a leak of it puts into the air (organic liquids and gases count as TVOC).
 */
public final class AirSignals {

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

    private static final Map<Pollutant, String> SIGNAL_OF = new EnumMap<>(Pollutant.class);

    static {
        BY_SIGNAL.forEach((signal, p) -> SIGNAL_OF.put(p, signal));
    }

    /** What a stored chemical (CAS number) can release to air. */
    private static final Map<String, Set<Pollutant>> RELEASED_BY_CAS =
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

    private AirSignals() {}

    /** The pollutant a tag signal names ({@code VOC} → TVOC), case-insensitive. */
    public static Optional<Pollutant> ofSignal(String signal) {
        return Optional.ofNullable(BY_SIGNAL.get(signal.toUpperCase(Locale.ROOT)));
    }

    /** The pollutant an air-quality tag id's last segment names. */
    public static Optional<Pollutant> ofTagId(String tagId) {
        return ofSignal(tagId.substring(tagId.lastIndexOf('.') + 1));
    }

    /** The signal names known to air-quality tags, for messages. */
    public static Set<String> signals() {
        return BY_SIGNAL.keySet();
    }

    /** The pollutants a leak of the chemical puts into the air; empty when unknown. */
    public static Set<Pollutant> releasedBy(String cas) {
        return cas == null ? Set.of() : RELEASED_BY_CAS.getOrDefault(cas, Set.of());
    }

    /**
     * A value in a tag unit (μg/m³ or mg/m³, as the tag lists spell them) converted to the AQI
     * item's unit; NaN when the unit is not a mass concentration.
     */
    public static double toItemUnit(double value, String tagUnit, AqiItem item) {
        double ug =
                switch (tagUnit.toLowerCase(Locale.ROOT).replace("μ", "u").replace("³", "3")) {
                    case "ug/m3" -> value;
                    case "mg/m3" -> value * 1000;
                    default -> Double.NaN;
                };
        return item.unit() == AqiItem.Unit.MG_PER_M3 ? ug / 1000 : ug;
    }
}
