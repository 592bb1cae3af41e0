package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmKpis;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.correlation.FeatureLocator;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.correlation.LonLat;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * JSON shapes of the alarm API and push messages. Times are epoch ms; values in the tag's
 * engineering unit (null when none applies); states by enum name with Chinese and English labels;
 * positions EPSG:4326.
 */
public final class AlarmJson {
    private final ParkCatalog park;
    private final FeatureLocator locator;

    AlarmJson(ParkCatalog park, FeatureLocator locator) {
        this.park = park;
        this.locator = locator;
    }

    public JsonObject alarm(ActiveAlarm a) {
        JsonObject o =
                new JsonObject()
                        .put("id", a.alarmId())
                        .put("enterpriseId", a.enterpriseId())
                        .put("tagId", a.tagId())
                        .put("featureId", a.featureId())
                        .put("priority", a.priority() == null ? null : a.priority().id())
                        .put("state", a.state().name())
                        .put("stateZh", a.state().nameZh())
                        .put("stateEn", a.state().nameEn())
                        .put("conditionActive", a.conditionActive())
                        .put("activatedMs", a.activatedMs())
                        .put("lastChangeMs", a.lastChangeMs())
                        .put("value", num(a.value()));
        if (a.shelvedUntilMs() > 0) {
            o.put("shelvedUntilMs", a.shelvedUntilMs())
                    .put("shelveReason", a.shelveReason())
                    .put("shelvedBy", a.shelvedBy());
        }
        if (a.tagId() != null) {
            park.tag(a.tagId())
                    .ifPresent(
                            (TagDefinition t) ->
                                    o.put("tagNameZh", t.nameZh())
                                            .put("tagNameEn", t.nameEn())
                                            .put("unit", t.unit()));
        }
        LonLat p = a.featureId() == null ? null : locator.position(a.featureId()).orElse(null);
        if (p != null) o.put("lon", p.lon()).put("lat", p.lat());
        return o;
    }

    public JsonObject entry(JournalEntry e) {
        return new JsonObject()
                .put("timeMs", e.timeMs())
                .put("alarmId", e.alarmId())
                .put("from", e.from().name())
                .put("to", e.to().name())
                .put("value", num(e.value()))
                .put("user", e.user())
                .put("comment", e.comment());
    }

    public JsonObject incident(Incident i) {
        return new JsonObject()
                .put("id", i.id())
                .put("kind", i.kind().name())
                .put("severity", i.severity().id())
                .put("state", i.state().name())
                .put("alarmIds", new JsonArray(i.alarmIds()))
                .put("enterprises", new JsonArray(i.enterprises()))
                .put("unitId", i.unitId())
                .put("lon", num(i.lon()))
                .put("lat", num(i.lat()))
                .put("openedMs", i.openedMs())
                .put("updatedMs", i.updatedMs());
    }

    public JsonObject kpis(AlarmKpis k) {
        JsonArray floods = new JsonArray();
        k.floods()
                .forEach(
                        f ->
                                floods.add(
                                        new JsonObject()
                                                .put("startMs", f.startMs())
                                                .put("endMs", f.endMs())
                                                .put("activations", f.activations())));
        JsonArray top = new JsonArray();
        k.top10()
                .forEach(
                        c ->
                                top.add(
                                        new JsonObject()
                                                .put("alarmId", c.alarmId())
                                                .put("count", c.count())
                                                .put("sharePct", c.sharePct())));
        JsonObject prio = new JsonObject();
        for (Priority p : Priority.values()) {
            Integer n = k.priorityCounts().get(p);
            prio.put(p.id(), n == null ? 0 : n);
        }
        double[] hml = k.highMediumLowPct();
        return new JsonObject()
                .put("scope", k.scope())
                .put("from", k.fromMs())
                .put("to", k.toMs())
                .put("activations", k.activations())
                .put("perTenMinutes", k.perTenMinutes())
                .put("maxInTenMinutes", k.maxInTenMinutes())
                .put("perDay", k.perDay())
                .put("floods", floods)
                .put("floodIntervalPct", k.floodIntervalPct())
                .put("chattering", new JsonArray(k.chattering()))
                .put("fleeting", new JsonArray(k.fleeting()))
                .put("stale", new JsonArray(k.stale()))
                .put("top10", top)
                .put("top10SharePct", k.top10SharePct())
                .put("priorityCounts", prio)
                .put(
                        "highMediumLowPct",
                        hml == null ? null : new JsonArray().add(hml[0]).add(hml[1]).add(hml[2]));
    }

    public JsonObject kpisByScope(Map<String, AlarmKpis> byScope) {
        JsonObject o = new JsonObject();
        byScope.forEach((k, v) -> o.put(k, kpis(v)));
        return o;
    }

    private static Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
