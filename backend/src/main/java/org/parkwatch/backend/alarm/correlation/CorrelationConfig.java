package org.parkwatch.backend.alarm.correlation;

import java.util.Map;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.Priority;

/**
 * The correlation rules, declarative and validated. JSON format (every block and field optional;
 * defaults below):
 *
 * <pre>{@code
 * { "leak":   { "enabled": true, "minDetectors": 2, "radiusM": 50, "windowS": 60, "severity": "critical" },
 *   "sisTrip": { "enabled": true, "windowS": 300, "severity": "high" },
 *   "domino": { "enabled": true, "radiusM": 300, "radiusByEnterpriseM": { "E01": 400 }, "windowS": 600,
 *               "minPriority": "high", "severity": "critical" } }
 * }</pre>
 */
public record CorrelationConfig(LeakRule leak, SisTripRule sisTrip, DominoRule domino) {

    /**
     * (a) At least {@code minDetectors} gas detectors within {@code radiusM} of each other in alarm
     * (H or HH) within {@code windowS} → confirmed leak at their centroid. Defaults [U]: 2
     * detectors, 50 m (detectors of one tank group in the demo park stand 5–20 m apart), 60 s.
     */
    public record LeakRule(
            boolean enabled, int minDetectors, double radiusM, long windowS, Priority severity) {}

    /**
     * (b) An SIS trip and process alarms of the same unit within {@code windowS} → one incident.
     * Default [U] 300 s.
     */
    public record SisTripRule(boolean enabled, long windowS, Priority severity) {}

    /**
     * (c) Alarms of at least {@code minPriority} in different enterprises, each within the other's
     * escalation radius ({@code radiusByEnterpriseM}, else {@code radiusM}), within {@code windowS}
     * → park (domino) incident. Default radius [U] 300 m, a placeholder until the consequence
     * models (issue 6) give escalation distances.
     */
    public record DominoRule(
            boolean enabled,
            double radiusM,
            Map<String, Double> radiusByEnterpriseM,
            long windowS,
            Priority minPriority,
            Priority severity) {
        public DominoRule {
            radiusByEnterpriseM = Map.copyOf(radiusByEnterpriseM);
        }

        public double radiusOf(String enterpriseId) {
            return radiusByEnterpriseM.getOrDefault(enterpriseId, radiusM);
        }
    }

    public static CorrelationConfig defaults() {
        return new CorrelationConfig(
                new LeakRule(true, 2, 50, 60, Priority.CRITICAL),
                new SisTripRule(true, 300, Priority.HIGH),
                new DominoRule(true, 300, Map.of(), 600, Priority.HIGH, Priority.CRITICAL));
    }

    /**
     * Parses and validates a config ({@link CorrelationConfigJson}); missing fields keep their
     * defaults.
     *
     * @throws AlarmConfigException naming every bad field, e.g. {@code leak.minDetectors}
     */
    public static CorrelationConfig parse(String json, String source) {
        return CorrelationConfigJson.parse(json, source);
    }
}
