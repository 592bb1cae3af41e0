package org.parkwatch.backend.dualprevention;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo park's {@code dual-prevention.json}: risk points (with hours since each task's
 * last inspection) and hidden dangers (days since the report, the rectification deadline in days
 * from today, negative = overdue), so the demo's dates are relative to the first start.
 */
final class DualPreventionSeedReader {
    /** Who files the seeded records. */
    static final String SEED_USER = "demo-seed";

    /** A risk point and, per task, hours since its last inspection (null: never). */
    record SeedPoint(Inputs.RiskPointIn in, List<Double> lastInspectedHoursAgo) {}

    /** A hidden danger reported {@code daysAgo}. */
    record SeedDanger(Inputs.DangerIn in, double daysAgo) {}

    record Seed(List<SeedPoint> points, List<SeedDanger> dangers) {}

    private DualPreventionSeedReader() {}

    /**
     * @throws IllegalArgumentException naming the list, index and field
     */
    static Seed read(JsonNode root, GeometryJson geometry, long nowMs) {
        List<SeedPoint> points = new ArrayList<>();
        JsonNode rps = root.path("riskPoints");
        for (int i = 0; i < rps.size(); i++) {
            String where = "dual-prevention.json: riskPoints[" + i + "].";
            JsonObject o = new JsonObject(rps.get(i).toString());
            List<Double> hours = new ArrayList<>();
            for (JsonNode t : rps.get(i).path("tasks"))
                hours.add(
                        t.has("lastInspectedHoursAgo")
                                ? t.get("lastInspectedHoursAgo").asDouble()
                                : null);
            points.add(new SeedPoint(DualPreventionJson.riskPoint(o, geometry, where), hours));
        }
        List<SeedDanger> dangers = new ArrayList<>();
        JsonNode hds = root.path("hiddenDangers");
        for (int i = 0; i < hds.size(); i++) {
            String where = "dual-prevention.json: hiddenDangers[" + i + "].";
            JsonNode n = hds.get(i);
            JsonObject o = new JsonObject(n.toString());
            if (n.has("deadlineInDays")) {
                o.put(
                        "deadlineMs",
                        nowMs + Math.round(n.get("deadlineInDays").asDouble() * 86_400_000.0));
            }
            dangers.add(
                    new SeedDanger(
                            DualPreventionJson.danger(o, geometry, where),
                            n.path("daysAgo").asDouble(0)));
        }
        return new Seed(points, dangers);
    }
}
