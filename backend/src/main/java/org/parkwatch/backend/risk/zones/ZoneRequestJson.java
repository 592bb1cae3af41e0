package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;

/**
 * Reads a {@link ZoneRequest} from the JSON body of the threat-zone routes, naming the first bad or
 * unknown field.
 */
public final class ZoneRequestJson {

    private ZoneRequestJson() {}

    /** Parses a JSON body; {@link ZoneInputException} names the first bad or unknown field. */
    public static ZoneRequest parse(JsonObject body) {
        return parse(body, true);
    }

    /**
     * A parse that leaves the place optional (an incident re-run keeps its place unless told
     * otherwise).
     */
    public static ZoneRequest parseOverrides(JsonObject body) {
        return parse(body == null ? new JsonObject() : body, false);
    }

    private static ZoneRequest parse(JsonObject body, boolean placeRequired) {
        if (body == null) throw new ZoneInputException("body", "send the release as a JSON object");
        for (String k : body.fieldNames()) {
            if (!ZoneRequest.FIELDS.contains(k))
                throw new ZoneInputException(
                        k, "unknown field; known: " + new TreeSet<>(ZoneRequest.FIELDS));
        }
        double lon = number(body, "lon", -180, 180);
        double lat = number(body, "lat", -90, 90);
        if (Double.isNaN(lon) != Double.isNaN(lat)) {
            throw new ZoneInputException(
                    Double.isNaN(lon) ? "lon" : "lat", "give both lon and lat");
        }
        String featureId = text(body, "featureId");
        if (placeRequired && Double.isNaN(lon) && featureId == null) {
            throw new ZoneInputException("lon", "give the release place as lon/lat or featureId");
        }
        double rate = positive(body, "releaseRateKgPerS");
        double mass = positive(body, "massKg");
        if (!Double.isNaN(rate) && !Double.isNaN(mass)) {
            throw new ZoneInputException(
                    "massKg",
                    "give releaseRateKgPerS (continuous) or massKg (instantaneous), " + "not both");
        }
        double height = number(body, "releaseHeightM", 0, 500);
        List<ReleaseOutcome> outcomes = new ArrayList<>();
        Object o = body.getValue("outcome");
        if (o instanceof String s) outcomes.add(ReleaseOutcome.parse(s));
        else if (o instanceof JsonArray a)
            for (Object x : a) outcomes.add(ReleaseOutcome.parse(String.valueOf(x)));
        else if (o != null)
            throw new ZoneInputException("outcome", "must be a name or a list of names");
        double from = number(body, "windFromDeg", 0, 360);
        double speed = number(body, "windSpeedMPerS", 0, 60);
        if (speed == 0)
            throw new ZoneInputException(
                    "windSpeedMPerS", "must be > 0 m/s (calm: no plume direction)");
        StabilityClass stability = parsed(body, "stability", StabilityClass::parse);
        double oktas = number(body, "cloudOktas", 0, 8);
        if (!Double.isNaN(oktas) && oktas != Math.rint(oktas)) {
            throw new ZoneInputException(
                    "cloudOktas", "must be a whole number 0..8 but was " + oktas);
        }
        double temp = number(body, "airTemperatureC", -60, 60);
        double time = number(body, "timeMs", 0, Long.MAX_VALUE);
        Terrain terrain = parsed(body, "terrain", Terrain::parse);
        String mode = text(body, "weather");
        if (mode != null && !mode.equals("live") && !mode.equals("manual")) {
            throw new ZoneInputException("weather", "must be live or manual but was " + mode);
        }
        return new ZoneRequest(
                lon,
                lat,
                featureId,
                text(body, "chemical"),
                rate,
                mass,
                height,
                outcomes,
                box(from),
                box(speed),
                stability,
                Double.isNaN(oktas) ? null : (int) oktas,
                box(temp),
                Double.isNaN(time) ? null : (long) time,
                terrain,
                mode == null ? "live" : mode);
    }

    private static Double box(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static double number(JsonObject b, String key, double min, double max) {
        Object v = b.getValue(key);
        if (v == null) return Double.NaN;
        if (!(v instanceof Number n)
                || Double.isNaN(n.doubleValue())
                || Double.isInfinite(n.doubleValue())) {
            throw new ZoneInputException(key, "must be a number but was " + v);
        }
        double d = n.doubleValue();
        if (d < min || d > max)
            throw new ZoneInputException(key, "must be in " + min + ".." + max + " but was " + d);
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
        if (!(v instanceof String s) || s.isBlank())
            throw new ZoneInputException(key, "must be a non-empty text");
        return s.trim();
    }

    private static <T> T parsed(JsonObject b, String key, Function<String, T> parser) {
        String s = text(b, key);
        if (s == null) return null;
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            throw new ZoneInputException(key, e.getMessage());
        }
    }
}
