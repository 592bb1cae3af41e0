package org.parkwatch.backend.alarm.correlation;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig.DominoRule;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig.LeakRule;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig.SisTripRule;
import org.parkwatch.backend.platform.json.SourceJson;

/**
 * Reads the JSON of a {@link CorrelationConfig} (format in its Javadoc), validating every field.
 */
final class CorrelationConfigJson {

    private CorrelationConfigJson() {}

    /**
     * @throws AlarmConfigException naming every bad field, e.g. {@code leak.minDetectors}
     */
    static CorrelationConfig parse(String json, String source) {
        Object parsed;
        try {
            parsed = SourceJson.decode(json);
        } catch (SourceJson.SyntaxException e) {
            throw new AlarmConfigException(
                    source, List.of("not valid JSON at line " + e.line() + ": " + e.reason()));
        }
        if (!(parsed instanceof JsonObject root))
            throw new AlarmConfigException(source, List.of("must be a JSON object"));
        CorrelationConfig d = CorrelationConfig.defaults();
        Fields f = new Fields();
        f.only(root, "", Set.of("leak", "sisTrip", "domino"));
        JsonObject l = object(root, "leak");
        f.only(l, "leak.", Set.of("enabled", "minDetectors", "radiusM", "windowS", "severity"));
        LeakRule leak =
                new LeakRule(
                        bool(l, "enabled", true),
                        (int) f.num(l, "leak.minDetectors", d.leak().minDetectors(), 2),
                        f.num(l, "leak.radiusM", d.leak().radiusM(), 1e-9),
                        (long) f.num(l, "leak.windowS", d.leak().windowS(), 1),
                        f.priority(l, "leak.severity", d.leak().severity()));
        JsonObject s = object(root, "sisTrip");
        f.only(s, "sisTrip.", Set.of("enabled", "windowS", "severity"));
        SisTripRule sis =
                new SisTripRule(
                        bool(s, "enabled", true),
                        (long) f.num(s, "sisTrip.windowS", d.sisTrip().windowS(), 1),
                        f.priority(s, "sisTrip.severity", d.sisTrip().severity()));
        JsonObject m = object(root, "domino");
        f.only(
                m,
                "domino.",
                Set.of(
                        "enabled",
                        "radiusM",
                        "radiusByEnterpriseM",
                        "windowS",
                        "minPriority",
                        "severity"));
        Map<String, Double> radii = new LinkedHashMap<>();
        JsonObject byEnterprise = object(m, "radiusByEnterpriseM");
        byEnterprise
                .fieldNames()
                .forEach(
                        k ->
                                radii.put(
                                        k,
                                        f.num(
                                                byEnterprise,
                                                "domino.radiusByEnterpriseM." + k,
                                                0,
                                                1e-9)));
        DominoRule domino =
                new DominoRule(
                        bool(m, "enabled", true),
                        f.num(m, "domino.radiusM", d.domino().radiusM(), 1e-9),
                        radii,
                        (long) f.num(m, "domino.windowS", d.domino().windowS(), 1),
                        f.priority(m, "domino.minPriority", d.domino().minPriority()),
                        f.priority(m, "domino.severity", d.domino().severity()));
        if (!f.problems.isEmpty()) throw new AlarmConfigException(source, f.problems);
        return new CorrelationConfig(leak, sis, domino);
    }

    private static JsonObject object(JsonObject o, String key) {
        return o.getValue(key) instanceof JsonObject v ? v : new JsonObject();
    }

    private static boolean bool(JsonObject o, String key, boolean dflt) {
        Object v = o.getValue(key);
        if (v instanceof Boolean b) return b;
        if ("true".equals(v)) return true;
        if ("false".equals(v)) return false;
        return dflt;
    }

    /** Field reading with problem collection. */
    private static final class Fields {
        final List<String> problems = new ArrayList<>();

        void only(JsonObject n, String prefix, Set<String> keys) {
            n.fieldNames()
                    .forEach(
                            k -> {
                                if (!keys.contains(k))
                                    problems.add(
                                            prefix
                                                    + k
                                                    + ": unknown field; expected one of "
                                                    + keys);
                            });
        }

        /** Last field segment only, so the path names the JSON key. */
        double num(JsonObject n, String path, double dflt, double min) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!n.containsKey(key)) return dflt;
            Object v = n.getValue(key);
            if (!(v instanceof Number number)) {
                problems.add(path + ": must be a number, not " + Json.encode(v));
                return dflt;
            }
            if (number.doubleValue() < min) {
                problems.add(
                        path
                                + ": must be "
                                + (min < 1e-6 ? "> 0" : ">= " + fmt(min))
                                + " (got "
                                + v
                                + ")");
            }
            return number.doubleValue();
        }

        Priority priority(JsonObject n, String path, Priority dflt) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (!n.containsKey(key)) return dflt;
            Object v = n.getValue(key);
            try {
                return Priority.of(v == null ? "null" : v.toString());
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + e.getMessage());
                return dflt;
            }
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }
}
