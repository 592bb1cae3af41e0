package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;

/**
 * A threat-zone request as the caller gave it (the "what if" body, or an incident's defaults with overrides); null
 * or NaN where a field was not given. {@link #parse} checks each field and names the bad one.
 *
 * @param weatherMode {@code live} (default: live values where usable, given fields win) or {@code manual}
 */
public record ZoneRequest(double lon, double lat, String featureId, String chemical, double releaseRateKgPerS,
                          double massKg, double releaseHeightM, List<ReleaseOutcome> outcomes, Double windFromDeg,
                          Double windSpeedMPerS, StabilityClass stability, Integer cloudOktas,
                          Double airTemperatureC, Long timeMs, Terrain terrain, String weatherMode) {

    static final Set<String> FIELDS = Set.of("lon", "lat", "featureId", "chemical", "releaseRateKgPerS", "massKg",
            "releaseHeightM", "outcome", "windFromDeg", "windSpeedMPerS", "stability", "cloudOktas",
            "airTemperatureC", "timeMs", "terrain", "weather");

    public ZoneRequest {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** An empty request: every field left to defaults. */
    public static ZoneRequest empty() {
        return new ZoneRequest(Double.NaN, Double.NaN, null, null, Double.NaN, Double.NaN, Double.NaN, List.of(),
                null, null, null, null, null, null, null, "live");
    }

    /** Parses a JSON body; {@link ZoneInputException} names the first bad or unknown field. */
    public static ZoneRequest parse(JsonObject body) {
        return parse(body, true);
    }

    /** A parse that leaves the place optional (an incident re-run keeps its place unless told otherwise). */
    public static ZoneRequest parseOverrides(JsonObject body) {
        return parse(body == null ? new JsonObject() : body, false);
    }

    private static ZoneRequest parse(JsonObject body, boolean placeRequired) {
        if (body == null) throw new ZoneInputException("body", "send the release as a JSON object");
        for (String k : body.fieldNames()) {
            if (!FIELDS.contains(k)) throw new ZoneInputException(k, "unknown field; known: " + new java.util.TreeSet<>(FIELDS));
        }
        double lon = number(body, "lon", -180, 180);
        double lat = number(body, "lat", -90, 90);
        if (Double.isNaN(lon) != Double.isNaN(lat)) {
            throw new ZoneInputException(Double.isNaN(lon) ? "lon" : "lat", "give both lon and lat");
        }
        String featureId = text(body, "featureId");
        if (placeRequired && Double.isNaN(lon) && featureId == null) {
            throw new ZoneInputException("lon", "give the release place as lon/lat or featureId");
        }
        double rate = positive(body, "releaseRateKgPerS");
        double mass = positive(body, "massKg");
        if (!Double.isNaN(rate) && !Double.isNaN(mass)) {
            throw new ZoneInputException("massKg", "give releaseRateKgPerS (continuous) or massKg (instantaneous), "
                    + "not both");
        }
        double height = number(body, "releaseHeightM", 0, 500);
        List<ReleaseOutcome> outcomes = new ArrayList<>();
        Object o = body.getValue("outcome");
        if (o instanceof String s) outcomes.add(ReleaseOutcome.parse(s));
        else if (o instanceof JsonArray a) for (Object x : a) outcomes.add(ReleaseOutcome.parse(String.valueOf(x)));
        else if (o != null) throw new ZoneInputException("outcome", "must be a name or a list of names");
        double from = number(body, "windFromDeg", 0, 360);
        double speed = number(body, "windSpeedMPerS", 0, 60);
        if (speed == 0) throw new ZoneInputException("windSpeedMPerS", "must be > 0 m/s (calm: no plume direction)");
        StabilityClass stability = parsed(body, "stability", StabilityClass::parse);
        double oktas = number(body, "cloudOktas", 0, 8);
        if (!Double.isNaN(oktas) && oktas != Math.rint(oktas)) {
            throw new ZoneInputException("cloudOktas", "must be a whole number 0..8 but was " + oktas);
        }
        double temp = number(body, "airTemperatureC", -60, 60);
        double time = number(body, "timeMs", 0, Long.MAX_VALUE);
        Terrain terrain = parsed(body, "terrain", Terrain::parse);
        String mode = text(body, "weather");
        if (mode != null && !mode.equals("live") && !mode.equals("manual")) {
            throw new ZoneInputException("weather", "must be live or manual but was " + mode);
        }
        return new ZoneRequest(lon, lat, featureId, text(body, "chemical"), rate, mass, height, outcomes,
                box(from), box(speed), stability, Double.isNaN(oktas) ? null : (int) oktas, box(temp),
                Double.isNaN(time) ? null : (long) time, terrain, mode == null ? "live" : mode);
    }

    /**
     * The request that repeats a stored run (its {@code inputs}) with the live weather: same place, chemical,
     * outcomes, terrain and height; the rate or mass only when it was given (a typical leak is worked out again);
     * the wind only when the run had a fixed one ({@code weatherSource} starting with {@code manual}), which then
     * stays fixed. Used to resume an incident after a restart, when its linkage package is gone.
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
        if (chemical == null) throw new ZoneInputException("chemical", "the stored run names no chemical");
        boolean given = "given".equals(inputs.rateBasisEn());
        List<ReleaseOutcome> outcomes = new ArrayList<>();
        for (String o : inputs.outcomes()) outcomes.add(ReleaseOutcome.parse(o));
        boolean fixedWind = inputs.weatherSource() != null && inputs.weatherSource().startsWith("manual");
        String terrain = inputs.terrain();
        return new ZoneRequest(lon, lat, featureId, chemical, given ? inputs.releaseRateKgPerS() : Double.NaN,
                given ? inputs.massKg() : Double.NaN, inputs.releaseHeightM(), outcomes,
                fixedWind ? inputs.windFromDeg() : null, fixedWind ? inputs.windSpeedMPerS() : null,
                null, null, null, null, terrain == null ? null : Terrain.parse(terrain), "live");
    }

    /** True when runs of this request follow the live wind direction (none given, weather {@code live}). */
    public boolean followsLiveWind() {
        return windFromDeg == null && !"manual".equals(weatherMode);
    }

    /** This request with every non-empty field of {@code o} taken from {@code o} (re-runs with overrides). */
    public ZoneRequest overriddenBy(ZoneRequest o) {
        boolean newPlace = !Double.isNaN(o.lon) || o.featureId != null;
        return new ZoneRequest(newPlace ? o.lon : lon, newPlace ? o.lat : lat, newPlace ? o.featureId : featureId,
                o.chemical != null ? o.chemical : chemical,
                !Double.isNaN(o.releaseRateKgPerS) || !Double.isNaN(o.massKg) ? o.releaseRateKgPerS : releaseRateKgPerS,
                !Double.isNaN(o.releaseRateKgPerS) || !Double.isNaN(o.massKg) ? o.massKg : massKg,
                !Double.isNaN(o.releaseHeightM) ? o.releaseHeightM : releaseHeightM,
                o.outcomes.isEmpty() ? outcomes : o.outcomes, o.windFromDeg != null ? o.windFromDeg : windFromDeg,
                o.windSpeedMPerS != null ? o.windSpeedMPerS : windSpeedMPerS,
                o.stability != null ? o.stability : stability, o.cloudOktas != null ? o.cloudOktas : cloudOktas,
                o.airTemperatureC != null ? o.airTemperatureC : airTemperatureC, o.timeMs != null ? o.timeMs : timeMs,
                o.terrain != null ? o.terrain : terrain, o.weatherMode);
    }

    private static Double box(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static double number(JsonObject b, String key, double min, double max) {
        Object v = b.getValue(key);
        if (v == null) return Double.NaN;
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
            throw new ZoneInputException(key, "must be a number but was " + v);
        }
        double d = n.doubleValue();
        if (d < min || d > max) throw new ZoneInputException(key, "must be in " + min + ".." + max + " but was " + d);
        return d;
    }

    private static double positive(JsonObject b, String key) {
        double d = number(b, key, 0, Double.MAX_VALUE);
        if (d == 0) throw new ZoneInputException(key, "must be > 0");
        return d;
    }

    private static String text(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (v == null) return null;
        if (!(v instanceof String s) || s.isBlank()) throw new ZoneInputException(key, "must be a non-empty text");
        return s.trim();
    }

    private static <T> T parsed(JsonObject b, String key, java.util.function.Function<String, T> parser) {
        String s = text(b, key);
        if (s == null) return null;
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            throw new ZoneInputException(key, e.getMessage());
        }
    }
}
