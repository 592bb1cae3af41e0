package org.parkwatch.backend.safetyduty;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the park's {@code safety-duty.json}: the calendar's units with the tag prefixes of their
 * alarms, and the demo's records with times relative to now ({@code daysAgo}, {@code
 * minutesAfterDeadline}), so a demo started any day has a recent history and this morning's
 * commitments.
 */
final class SafetyDutySeedReader {
    /** Who files the seeded records. */
    static final String SEED_USER = "demo-seed";

    private static final long DAY_MS = 86_400_000L;

    /** What the file holds. */
    record Seed(
            List<DutyUnit> units,
            List<Responsible> responsibles,
            List<DutyCheck> checks,
            List<Commitment> commitments,
            List<UnitFiling> filings) {}

    private SafetyDutySeedReader() {}

    /**
     * @param names unit id → {nameZh, nameEn} from the hazard model (units without a name keep
     *     their id)
     * @throws IllegalArgumentException naming the list, index and field
     */
    static Seed read(
            JsonNode root, long nowMs, CommitmentDeadline deadline, Map<String, String[]> names) {
        List<DutyUnit> units = new ArrayList<>();
        each(
                root,
                "units",
                (i, u) -> {
                    List<String> prefixes = new ArrayList<>();
                    u.path("tagPrefixes").forEach(p -> prefixes.add(p.asText()));
                    if (prefixes.isEmpty())
                        throw new IllegalArgumentException("tagPrefixes is empty");
                    String id = required(u, "unitId");
                    String[] n = names.getOrDefault(id, new String[] {id, id});
                    units.add(new DutyUnit(id, required(u, "enterpriseId"), n[0], n[1], prefixes));
                });
        List<Responsible> responsibles = new ArrayList<>();
        each(
                root,
                "responsibles",
                (i, r) ->
                        responsibles.add(
                                new Responsible(
                                        required(r, "unitId"),
                                        DutyRole.parse(required(r, "role")),
                                        required(r, "enterpriseId"),
                                        required(r, "person"),
                                        nowMs
                                                - Math.round(
                                                        r.path("sinceDaysAgo").asDouble(365)
                                                                * DAY_MS))));
        List<DutyCheck> checks = new ArrayList<>();
        each(
                root,
                "checks",
                (i, k) -> {
                    long at = nowMs - Math.round(k.path("daysAgo").asDouble(0) * DAY_MS);
                    checks.add(
                            new DutyCheck(
                                    0,
                                    required(k, "unitId"),
                                    DutyRole.parse(required(k, "role")),
                                    required(k, "enterpriseId"),
                                    required(k, "person"),
                                    at,
                                    required(k, "findings"),
                                    SEED_USER,
                                    at));
                });
        LocalDate today = deadline.day(nowMs);
        long deadlineMs = deadline.deadlineMs(today);
        long startOfDay = today.atStartOfDay(deadline.zone()).toInstant().toEpochMilli();
        List<Commitment> commitments = new ArrayList<>();
        each(
                root,
                "commitments",
                (i, c) -> {
                    long lead = Math.round(c.path("minutesAfterDeadline").asDouble(-30) * 60_000);
                    long at = deadlineMs + lead;
                    if (nowMs < deadlineMs) {
                        // the deadline is still ahead: the on-time ones declared as long before
                        // now as they would before the deadline (not before midnight), the late
                        // ones not yet
                        if (lead > 0) return;
                        at = Math.max(nowMs + lead, startOfDay);
                    } else if (at > nowMs) {
                        return; // a declaration cannot come from the future
                    }
                    Map<String, Integer> work = new LinkedHashMap<>();
                    c.path("specialWork")
                            .fields()
                            .forEachRemaining(e -> work.put(e.getKey(), e.getValue().asInt()));
                    commitments.add(
                            new Commitment(
                                    required(c, "enterpriseId"),
                                    today.toString(),
                                    at,
                                    c.path("unitsRunning").asInt(),
                                    c.path("unitsStopped").asInt(),
                                    c.path("hazardsControlled").asBoolean(true),
                                    work,
                                    c.path("startups").asInt(),
                                    c.path("shutdowns").asInt(),
                                    c.path("turnaround").asBoolean(false),
                                    c.path("safeState").asBoolean(true),
                                    required(c, "responsible"),
                                    SEED_USER));
                });
        List<UnitFiling> filings = new ArrayList<>();
        each(
                root,
                "calendar",
                (i, f) -> {
                    long start = nowMs - Math.round(f.path("startDaysAgo").asDouble() * DAY_MS);
                    long end = nowMs - Math.round(f.path("endDaysAgo").asDouble() * DAY_MS);
                    boolean actual = f.path("actual").asBoolean(false);
                    boolean ended = f.path("ended").asBoolean(false);
                    String unit = required(f, "unitId");
                    String enterprise =
                            units.stream()
                                    .filter(u -> u.unitId().equals(unit))
                                    .map(DutyUnit::enterpriseId)
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new IllegalArgumentException(
                                                            "unitId '"
                                                                    + unit
                                                                    + "' is not in 'units'"));
                    filings.add(
                            new UnitFiling(
                                    0,
                                    enterprise,
                                    unit,
                                    FilingKind.parse(required(f, "kind")),
                                    start,
                                    end,
                                    actual ? start : null,
                                    actual && ended ? end : null,
                                    required(f, "approver"),
                                    f.path("note").asText(""),
                                    SEED_USER,
                                    start - 7 * DAY_MS));
                });
        return new Seed(units, responsibles, checks, commitments, filings);
    }

    private interface Item {
        void accept(int index, JsonNode node);
    }

    private static void each(JsonNode root, String list, Item item) {
        JsonNode a = root.path(list);
        if (a.isMissingNode()) return;
        if (!a.isArray()) {
            throw new IllegalArgumentException("safety-duty.json: '" + list + "' must be an array");
        }
        for (int i = 0; i < a.size(); i++) {
            try {
                item.accept(i, a.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "safety-duty.json: " + list + "[" + i + "]: " + e.getMessage(), e);
            }
        }
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText(null);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(field + " is required");
        return v;
    }
}
