package org.parkwatch.backend.alarm.correlation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.Priority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The correlation rules, declarative and validated. JSON format (every block and field optional; defaults below):
 * <pre>{@code
 * { "leak":   { "enabled": true, "minDetectors": 2, "radiusM": 50, "windowS": 60, "severity": "critical" },
 *   "sisTrip": { "enabled": true, "windowS": 300, "severity": "high" },
 *   "domino": { "enabled": true, "radiusM": 300, "radiusByEnterpriseM": { "E01": 400 }, "windowS": 600,
 *               "minPriority": "high", "severity": "critical" } }
 * }</pre>
 */
public record CorrelationConfig(LeakRule leak, SisTripRule sisTrip, DominoRule domino) {

    /**
     * (a) At least {@code minDetectors} gas detectors within {@code radiusM} of each other in alarm (H or HH) within
     * {@code windowS} → confirmed leak at their centroid. Defaults [U]: 2 detectors, 50 m (detectors of one tank group
     * in the demo park stand 5–20 m apart), 60 s.
     */
    public record LeakRule(boolean enabled, int minDetectors, double radiusM, long windowS, Priority severity) {
    }

    /** (b) An SIS trip and process alarms of the same unit within {@code windowS} → one incident. Default [U] 300 s. */
    public record SisTripRule(boolean enabled, long windowS, Priority severity) {
    }

    /**
     * (c) Alarms of at least {@code minPriority} in different enterprises, each within the other's escalation radius
     * ({@code radiusByEnterpriseM}, else {@code radiusM}), within {@code windowS} → park (domino) incident.
     * Default radius [U] 300 m, a placeholder until the consequence models (issue 6) give escalation distances.
     */
    public record DominoRule(boolean enabled, double radiusM, Map<String, Double> radiusByEnterpriseM, long windowS,
                             Priority minPriority, Priority severity) {
        public DominoRule {
            radiusByEnterpriseM = Map.copyOf(radiusByEnterpriseM);
        }

        public double radiusOf(String enterpriseId) {
            return radiusByEnterpriseM.getOrDefault(enterpriseId, radiusM);
        }
    }

    public static CorrelationConfig defaults() {
        return new CorrelationConfig(new LeakRule(true, 2, 50, 60, Priority.CRITICAL),
                new SisTripRule(true, 300, Priority.HIGH),
                new DominoRule(true, 300, Map.of(), 600, Priority.HIGH, Priority.CRITICAL));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Parses and validates a config; missing fields keep their defaults.
     *
     * @throws AlarmConfigException naming every bad field, e.g. {@code leak.minDetectors}
     */
    public static CorrelationConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AlarmConfigException(source, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) throw new AlarmConfigException(source, List.of("must be a JSON object"));
        CorrelationConfig d = defaults();
        Fields f = new Fields();
        f.only(root, "", Set.of("leak", "sisTrip", "domino"));
        JsonNode l = root.path("leak");
        f.only(l, "leak.", Set.of("enabled", "minDetectors", "radiusM", "windowS", "severity"));
        LeakRule leak = new LeakRule(l.path("enabled").asBoolean(true),
                (int) f.num(l, "leak.minDetectors", d.leak().minDetectors(), 2),
                f.num(l, "leak.radiusM", d.leak().radiusM(), 1e-9), (long) f.num(l, "leak.windowS", d.leak().windowS(), 1),
                f.priority(l, "leak.severity", d.leak().severity()));
        JsonNode s = root.path("sisTrip");
        f.only(s, "sisTrip.", Set.of("enabled", "windowS", "severity"));
        SisTripRule sis = new SisTripRule(s.path("enabled").asBoolean(true),
                (long) f.num(s, "sisTrip.windowS", d.sisTrip().windowS(), 1),
                f.priority(s, "sisTrip.severity", d.sisTrip().severity()));
        JsonNode m = root.path("domino");
        f.only(m, "domino.", Set.of("enabled", "radiusM", "radiusByEnterpriseM", "windowS", "minPriority", "severity"));
        Map<String, Double> radii = new LinkedHashMap<>();
        m.path("radiusByEnterpriseM").fields().forEachRemaining(e -> radii.put(e.getKey(),
                f.num(m.path("radiusByEnterpriseM"), "domino.radiusByEnterpriseM." + e.getKey(), 0, 1e-9)));
        DominoRule domino = new DominoRule(m.path("enabled").asBoolean(true),
                f.num(m, "domino.radiusM", d.domino().radiusM(), 1e-9), radii,
                (long) f.num(m, "domino.windowS", d.domino().windowS(), 1),
                f.priority(m, "domino.minPriority", d.domino().minPriority()),
                f.priority(m, "domino.severity", d.domino().severity()));
        if (!f.problems.isEmpty()) throw new AlarmConfigException(source, f.problems);
        return new CorrelationConfig(leak, sis, domino);
    }

    /** Field reading with problem collection. */
    private static final class Fields {
        final List<String> problems = new ArrayList<>();

        void only(JsonNode n, String prefix, Set<String> keys) {
            n.fieldNames().forEachRemaining(k -> {
                if (!keys.contains(k)) problems.add(prefix + k + ": unknown field; expected one of " + keys);
            });
        }

        /** Last field segment only, so the path names the JSON key. */
        double num(JsonNode n, String path, double dflt, double min) {
            JsonNode v = n.get(path.substring(path.lastIndexOf('.') + 1));
            if (v == null) return dflt;
            if (!v.isNumber()) {
                problems.add(path + ": must be a number, not " + v);
                return dflt;
            }
            if (v.asDouble() < min) {
                problems.add(path + ": must be " + (min < 1e-6 ? "> 0" : ">= " + fmt(min)) + " (got " + v.asText() + ")");
            }
            return v.asDouble();
        }

        Priority priority(JsonNode n, String path, Priority dflt) {
            JsonNode v = n.get(path.substring(path.lastIndexOf('.') + 1));
            if (v == null) return dflt;
            try {
                return Priority.of(v.asText());
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
