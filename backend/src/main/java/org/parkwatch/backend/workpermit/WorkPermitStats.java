package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of permits per day (windows overlapping the day, in the park's time zone), per kind and
 * per enterprise over a range of days, and today's figures of the big screen: 特级 and 一级 hot work
 * and confined-space work, and how many permits are active now.
 */
final class WorkPermitStats {
    private WorkPermitStats() {}

    static JsonObject of(
            List<SpecialWorkPermit> permits,
            LocalDate from,
            LocalDate to,
            LocalDate today,
            ZoneId zone,
            long nowMs) {
        JsonArray days = new JsonArray();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byEnterprise = new TreeMap<>();
        long rangeFrom = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long rangeTo = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long f = d.atStartOfDay(zone).toInstant().toEpochMilli();
            long t = d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            Map<String, Integer> kinds = new TreeMap<>();
            int total = 0;
            for (SpecialWorkPermit p : permits) {
                if (!p.overlaps(f, t)) continue;
                total++;
                kinds.merge(p.kind().name(), 1, Integer::sum);
            }
            days.add(
                    new JsonObject()
                            .put("day", d.toString())
                            .put("total", total)
                            .put("byKind", obj(kinds)));
        }
        for (SpecialWorkPermit p : permits) {
            if (!p.overlaps(rangeFrom, rangeTo)) continue;
            byKind.merge(p.kind().name(), 1, Integer::sum);
            byEnterprise.merge(p.enterpriseId(), 1, Integer::sum);
        }
        long tf = today.atStartOfDay(zone).toInstant().toEpochMilli();
        long tt = today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        int special = 0, level1 = 0, confined = 0, active = 0;
        for (SpecialWorkPermit p : permits) {
            if (p.activeAt(nowMs)) active++;
            if (!p.overlaps(tf, tt) || p.state() == WorkState.APPLIED) continue;
            if (p.kind() == WorkKind.HOT_WORK && "special".equals(p.level())) special++;
            if (p.kind() == WorkKind.HOT_WORK && "1".equals(p.level())) level1++;
            if (p.kind() == WorkKind.CONFINED_SPACE) confined++;
        }
        return new JsonObject()
                .put("from", from.toString())
                .put("to", to.toString())
                .put("days", days)
                .put("byKind", obj(byKind))
                .put("byEnterprise", obj(byEnterprise))
                .put(
                        "today",
                        new JsonObject()
                                .put("day", today.toString())
                                .put("hotWorkSpecial", special)
                                .put("hotWorkLevel1", level1)
                                .put("confinedSpace", confined)
                                .put("activeNow", active));
    }

    private static JsonObject obj(Map<String, Integer> counts) {
        JsonObject o = new JsonObject();
        counts.forEach(o::put);
        return o;
    }
}
