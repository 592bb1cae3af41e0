package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;

/**
 * A threat-zone request as the caller gave it (the "what if" body, or an incident's defaults with
 * overrides); null or NaN where a field was not given. {@link ZoneRequestJson#parse} checks each
 * field and names the bad one.
 *
 * @param weatherMode {@code live} (default: live values where usable, given fields win) or {@code
 *     manual}
 */
public record ZoneRequest(
        double lon,
        double lat,
        String featureId,
        String chemical,
        double releaseRateKgPerS,
        double massKg,
        double releaseHeightM,
        List<ReleaseOutcome> outcomes,
        Double windFromDeg,
        Double windSpeedMPerS,
        StabilityClass stability,
        Integer cloudOktas,
        Double airTemperatureC,
        Long timeMs,
        Terrain terrain,
        String weatherMode) {

    static final Set<String> FIELDS =
            Set.of(
                    "lon",
                    "lat",
                    "featureId",
                    "chemical",
                    "releaseRateKgPerS",
                    "massKg",
                    "releaseHeightM",
                    "outcome",
                    "windFromDeg",
                    "windSpeedMPerS",
                    "stability",
                    "cloudOktas",
                    "airTemperatureC",
                    "timeMs",
                    "terrain",
                    "weather");

    public ZoneRequest {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** An empty request: every field left to defaults. */
    public static ZoneRequest empty() {
        return new ZoneRequest(
                Double.NaN,
                Double.NaN,
                null,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "live");
    }

    /**
     * The request that repeats a stored run (its {@code inputs}) with the live weather: same place,
     * chemical, outcomes, terrain and height; the rate or mass only when it was given (a typical
     * leak is worked out again); the wind only when the run had a fixed one ({@code weatherSource}
     * starting with {@code manual}), which then stays fixed. Used to resume an incident after a
     * restart, when its linkage package is gone.
     *
     * @throws ZoneInputException when the stored inputs lack the place or the chemical
     */
    public static ZoneRequest repeating(ZoneRunInputs inputs) {
        if (inputs == null) throw new ZoneInputException("inputs", "the stored run has no inputs");
        String featureId = inputs.featureId();
        double lon = featureId != null ? Double.NaN : inputs.lon();
        double lat = featureId != null ? Double.NaN : inputs.lat();
        if (featureId == null && (Double.isNaN(lon) || Double.isNaN(lat))) {
            throw new ZoneInputException("lon", "the stored run has no place");
        }
        String chemical = inputs.chemical();
        if (chemical == null)
            throw new ZoneInputException("chemical", "the stored run names no chemical");
        boolean given = "given".equals(inputs.rateBasisEn());
        List<ReleaseOutcome> outcomes = new ArrayList<>();
        for (String o : inputs.outcomes()) outcomes.add(ReleaseOutcome.parse(o));
        boolean fixedWind =
                inputs.weatherSource() != null && inputs.weatherSource().startsWith("manual");
        String terrain = inputs.terrain();
        return new ZoneRequest(
                lon,
                lat,
                featureId,
                chemical,
                given ? inputs.releaseRateKgPerS() : Double.NaN,
                given ? inputs.massKg() : Double.NaN,
                inputs.releaseHeightM(),
                outcomes,
                fixedWind ? inputs.windFromDeg() : null,
                fixedWind ? inputs.windSpeedMPerS() : null,
                null,
                null,
                null,
                null,
                terrain == null ? null : Terrain.parse(terrain),
                "live");
    }

    /**
     * True when runs of this request follow the live wind direction (none given, weather {@code
     * live}).
     */
    public boolean followsLiveWind() {
        return windFromDeg == null && !"manual".equals(weatherMode);
    }

    /**
     * This request with every non-empty field of {@code o} taken from {@code o} (re-runs with
     * overrides).
     */
    public ZoneRequest overriddenBy(ZoneRequest o) {
        boolean newPlace = !Double.isNaN(o.lon) || o.featureId != null;
        return new ZoneRequest(
                newPlace ? o.lon : lon,
                newPlace ? o.lat : lat,
                newPlace ? o.featureId : featureId,
                o.chemical != null ? o.chemical : chemical,
                !Double.isNaN(o.releaseRateKgPerS) || !Double.isNaN(o.massKg)
                        ? o.releaseRateKgPerS
                        : releaseRateKgPerS,
                !Double.isNaN(o.releaseRateKgPerS) || !Double.isNaN(o.massKg) ? o.massKg : massKg,
                !Double.isNaN(o.releaseHeightM) ? o.releaseHeightM : releaseHeightM,
                o.outcomes.isEmpty() ? outcomes : o.outcomes,
                o.windFromDeg != null ? o.windFromDeg : windFromDeg,
                o.windSpeedMPerS != null ? o.windSpeedMPerS : windSpeedMPerS,
                o.stability != null ? o.stability : stability,
                o.cloudOktas != null ? o.cloudOktas : cloudOktas,
                o.airTemperatureC != null ? o.airTemperatureC : airTemperatureC,
                o.timeMs != null ? o.timeMs : timeMs,
                o.terrain != null ? o.terrain : terrain,
                o.weatherMode);
    }
}
