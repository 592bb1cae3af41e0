package org.parkwatch.backend.tracker;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The JSON edge of the tracker (routes) and of the daily-safety figures (duty report API). */
public final class TrackerJson {
    private TrackerJson() {}

    static JsonObject overview(TrackerOverview o) {
        JsonArray tasks = new JsonArray();
        o.tasks().forEach(t -> tasks.add(task(t)));
        return new JsonObject()
                .put("quarter", o.quarter().toString())
                .put("from", o.quarter().first().toString())
                .put("to", o.quarter().end().minusDays(1).toString())
                .put("today", o.today().toString())
                .put("zone", o.zone())
                .put("generatedMs", o.generatedMs())
                .put("tasks", tasks)
                .put("dailySafety", dailySafety(o.dailySafety()));
    }

    static JsonObject task(TaskView v) {
        PlanTask t = v.task();
        JsonArray entries = new JsonArray();
        v.entries().forEach(e -> entries.add(entry(e)));
        JsonArray figures = new JsonArray();
        v.figures().forEach(f -> figures.add(figure(f)));
        return new JsonObject()
                .put("id", t.id())
                .put("target", t.target())
                .put("titleZh", t.titleZh())
                .put("titleEn", t.titleEn())
                .put("leadZh", t.leadZh())
                .put("leadEn", t.leadEn())
                .put("deadline", t.deadline().toString())
                .put("verified", t.verified())
                .put("status", v.status().id())
                .put("statusZh", v.status().nameZh())
                .put("statusEn", v.status().nameEn())
                .put("percent", v.percent())
                .put("overdue", v.overdue())
                .put("entries", entries)
                .put("figures", figures);
    }

    static JsonObject entry(ProgressEntry e) {
        return new JsonObject()
                .put("id", e.id())
                .put("taskId", e.taskId())
                .put("tsMs", e.tsMs())
                .put("author", e.author())
                .put("role", e.role())
                .put("text", e.text())
                .put("percent", e.percent());
    }

    static JsonObject figure(PlatformFigure f) {
        return new JsonObject()
                .put("key", f.key())
                .put("labelZh", f.labelZh())
                .put("labelEn", f.labelEn())
                .put("available", f.available())
                .put("value", f.value())
                .put("textZh", f.textZh())
                .put("textEn", f.textEn())
                .put("sourceZh", f.sourceZh())
                .put("sourceEn", f.sourceEn());
    }

    /** The day's safety figures; a figure not on the platform is null. */
    public static JsonObject dailySafety(DailySafety d) {
        JsonObject o = new JsonObject().put("day", d.day().toString());
        o.put(
                "permits",
                d.permits()
                        .map(
                                p -> {
                                    JsonArray kinds = new JsonArray();
                                    p.byKind()
                                            .forEach(
                                                    k ->
                                                            kinds.add(
                                                                    new JsonObject()
                                                                            .put(
                                                                                    "kindZh",
                                                                                    k.kindZh())
                                                                            .put(
                                                                                    "kindEn",
                                                                                    k.kindEn())
                                                                            .put(
                                                                                    "active",
                                                                                    k.active())));
                                    return new JsonObject()
                                            .put("active", p.active())
                                            .put("byKind", kinds)
                                            .put("hotWorkSpecial", p.hotWorkSpecial())
                                            .put("hotWorkFirst", p.hotWorkFirst())
                                            .put("confinedSpace", p.confinedSpace());
                                })
                        .orElse(null));
        o.put(
                "hiddenDangers",
                d.hiddenDangers()
                        .map(
                                h ->
                                        new JsonObject()
                                                .put("open", h.open())
                                                .put("overdue", h.overdue())
                                                .put("major", h.major())
                                                .put(
                                                        "rectificationRatePercent",
                                                        h.rectificationRatePercent()))
                        .orElse(null));
        o.put(
                "commitments",
                d.commitments()
                        .map(
                                c ->
                                        new JsonObject()
                                                .put("enterprises", c.enterprises())
                                                .put("declared", c.declared())
                                                .put("late", c.late())
                                                .put("missing", c.missing()))
                        .orElse(null));
        o.put(
                "responsibility",
                d.responsibility()
                        .map(
                                r ->
                                        new JsonObject()
                                                .put("duties", r.duties())
                                                .put("overdue", r.overdue())
                                                .put(
                                                        "installationsOverdue",
                                                        r.installationsOverdue()))
                        .orElse(null));
        return o;
    }
}
