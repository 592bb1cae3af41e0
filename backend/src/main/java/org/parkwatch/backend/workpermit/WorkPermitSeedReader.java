package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo park's {@code work-permits.json}: permits whose times are minutes relative to the
 * start of today ({@code "relativeTo": "today"}, park time zone) or to the current hour ({@code
 * "hour"}, so work in progress is inside its window whenever the demo starts), gas analyses minutes
 * before the seeding ({@code minutesAgo}), and the state each is to be moved to through the real
 * transitions (so the rules hold for the demo too).
 */
final class WorkPermitSeedReader {
    /** Who files the demo permits (the audit log and {@code createdBy} name it). */
    static final String SEED_USER = "demo-seed";

    /** One demo permit and the state it is to reach. */
    record Seed(SpecialWorkPermit draft, WorkState state, String approver) {}

    private WorkPermitSeedReader() {}

    static List<Seed> read(JsonObject doc, long nowMs, ZoneId zone) {
        long today =
                LocalDate.ofInstant(Instant.ofEpochMilli(nowMs), zone)
                        .atStartOfDay(zone)
                        .toInstant()
                        .toEpochMilli();
        long hour = nowMs - Math.floorMod(nowMs, 3_600_000L);
        List<Seed> out = new ArrayList<>();
        JsonArray a = doc.getJsonArray("permits");
        for (int i = 0; i < a.size(); i++) {
            JsonObject s = a.getJsonObject(i);
            try {
                long base = "hour".equals(s.getString("relativeTo", "today")) ? hour : today;
                long start = base + s.getLong("startOffsetMin") * 60_000L;
                long end = start + s.getLong("durationMin") * 60_000L;
                JsonArray gas = new JsonArray();
                for (Object o : s.getJsonArray("gasAnalyses", new JsonArray())) {
                    JsonObject g = ((JsonObject) o).copy();
                    g.put("atMs", nowMs - g.getLong("minutesAgo", 0L) * 60_000L);
                    g.remove("minutesAgo");
                    gas.add(g);
                }
                JsonObject body =
                        s.copy().put("startMs", start).put("endMs", end).put("gasAnalyses", gas);
                SpecialWorkPermit draft = WorkPermitJson.parse(body, null, SEED_USER, nowMs);
                out.add(
                        new Seed(
                                draft,
                                WorkState.of(s.getString("state", "APPLIED")),
                                s.getString("approver")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "work-permits.json, permits[" + i + "]: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The transitions that lead from APPLIED to {@code target}. */
    static List<WorkState> path(WorkState target) {
        return switch (target) {
            case APPLIED -> List.of();
            case APPROVED -> List.of(WorkState.APPROVED);
            case IN_PROGRESS -> List.of(WorkState.APPROVED, WorkState.IN_PROGRESS);
            case SUSPENDED ->
                    List.of(WorkState.APPROVED, WorkState.IN_PROGRESS, WorkState.SUSPENDED);
            case CLOSED -> List.of(WorkState.APPROVED, WorkState.IN_PROGRESS, WorkState.CLOSED);
        };
    }
}
