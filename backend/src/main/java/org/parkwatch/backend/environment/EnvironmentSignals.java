package org.parkwatch.backend.environment;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.Pollutant;

/**
 * How the park's tags and inventory name what the environment capability works with: the last
 * segment of an air-quality tag id ({@code PARK.AQ1.PM25}) names the pollutant ({@link AirSignals},
 * shared with the simulator), and which AQI item each pollutant feeds.
 */
final class EnvironmentSignals {

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

    private EnvironmentSignals() {}

    static Optional<Pollutant> ofSignal(String signal) {
        return AirSignals.ofSignal(signal);
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
                            + AirSignals.signals());
        }
    }

    /**
     * A value in a tag unit converted to the AQI item's unit; NaN when the unit is not a mass
     * concentration.
     */
    static double toItemUnit(double value, String tagUnit, AqiItem item) {
        return AirSignals.toItemUnit(value, tagUnit, item);
    }
}
