package org.parkwatch.backend.dualprevention;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The JSON of the dual-prevention API: requests into {@link Inputs}, records into replies. */
final class DualPreventionJson {
    private DualPreventionJson() {}

    // ---- requests

    static Inputs.RiskPointIn riskPoint(JsonObject o, GeometryJson geometry, String where) {
        return new Inputs.RiskPointIn(
                string(o, "enterpriseId", where),
                string(o, "externalId", where),
                string(o, "name", where),
                string(o, "unitId", where),
                o.containsKey("geometry")
                        ? geometry.check(where + "geometry", o.getValue("geometry"))
                        : null,
                string(o, "method", where),
                number(o, "likelihood", where),
                number(o, "exposure", where),
                number(o, o.containsKey("severity") ? "severity" : "consequence", where),
                strings(o, "measures", where),
                tasks(o, where));
    }

    static Inputs.DangerIn danger(JsonObject o, GeometryJson geometry, String where) {
        Double deadline = number(o, "deadlineMs", where);
        return new Inputs.DangerIn(
                string(o, "enterpriseId", where),
                string(o, "externalId", where),
                string(o, "riskPointId", where),
                string(o, "title", where),
                string(o, "description", where),
                o.containsKey("geometry")
                        ? geometry.check(where + "geometry", o.getValue("geometry"))
                        : null,
                string(o, "state", where),
                string(o, "level", where),
                deadline == null ? null : deadline.longValue(),
                string(o, "responsible", where));
    }

    static Inputs.Step step(JsonObject o) {
        Double deadline = number(o, "deadlineMs", "");
        return new Inputs.Step(
                string(o, "action", ""),
                string(o, "level", ""),
                deadline == null ? null : deadline.longValue(),
                string(o, "responsible", ""),
                string(o, "note", ""));
    }

    static List<JsonObject> objects(JsonObject body, String key) {
        Object v = body.getValue(key);
        if (v == null) return List.of();
        if (!(v instanceof JsonArray a))
            throw new IllegalArgumentException(key + ": must be an array");
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.getValue(i) instanceof JsonObject o))
                throw new IllegalArgumentException(key + "[" + i + "]: must be an object");
            out.add(o);
        }
        return out;
    }

    private static List<Inputs.Task> tasks(JsonObject o, String where) {
        List<Inputs.Task> out = new ArrayList<>();
        List<JsonObject> list;
        try {
            list = objects(o, "tasks");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        for (int i = 0; i < list.size(); i++) {
            String w = where + "tasks[" + i + "].";
            out.add(
                    new Inputs.Task(
                            string(list.get(i), "content", w),
                            string(list.get(i), "frequency", w)));
        }
        return out;
    }

    static String string(JsonObject o, String key, String where) {
        Object v = o.getValue(key);
        if (v == null) return null;
        if (v instanceof String s) return s;
        throw new IllegalArgumentException(where + key + ": must be text");
    }

    static Double number(JsonObject o, String key, String where) {
        Object v = o.getValue(key);
        if (v == null) return null;
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
        throw new IllegalArgumentException(where + key + ": must be a number, got " + v);
    }

    private static List<String> strings(JsonObject o, String key, String where) {
        Object v = o.getValue(key);
        if (v == null) return List.of();
        if (!(v instanceof JsonArray a))
            throw new IllegalArgumentException(where + key + ": must be an array of text");
        List<String> out = new ArrayList<>();
        for (Object x : a) {
            if (!(x instanceof String s))
                throw new IllegalArgumentException(where + key + ": must be an array of text");
            out.add(s);
        }
        return out;
    }

    // ---- replies

    static JsonObject bands() {
        JsonArray tables = new JsonArray();
        for (RiskBands.Table t : List.of(RiskBands.LEC, RiskBands.LS)) {
            JsonArray bands = new JsonArray();
            for (RiskBands.Band b : t.bands())
                bands.add(
                        new JsonObject()
                                .put("grade", b.grade().id())
                                .put("minScore", b.minScore())
                                .put("source", b.source())
                                .put("status", b.status()));
            tables.add(
                    new JsonObject()
                            .put("method", t.method().name())
                            .put("formula", t.formula())
                            .put("bands", bands));
        }
        return new JsonObject()
                .put("tables", tables)
                .put("lecL", sorted(RiskBands.LEC_L))
                .put("lecE", sorted(RiskBands.LEC_E))
                .put("lecC", sorted(RiskBands.LEC_C))
                .put("lsMin", RiskBands.LS_MIN)
                .put("lsMax", RiskBands.LS_MAX);
    }

    private static JsonArray sorted(java.util.Set<Double> s) {
        return new JsonArray(new ArrayList<>(new java.util.TreeSet<>(s)));
    }

    static JsonObject riskPoint(RiskPoint p, long nowMs) {
        RiskAssessment a = p.assessment();
        JsonArray tasks = new JsonArray();
        for (InspectionTask t : p.tasks())
            tasks.add(
                    new JsonObject()
                            .put("id", t.id())
                            .put("content", t.content())
                            .put("frequency", t.frequency().id())
                            .put("lastInspectedMs", t.lastInspectedMs())
                            .put("dueMs", t.dueMs())
                            .put("overdue", t.overdue(nowMs)));
        return new JsonObject()
                .put("id", p.id())
                .put("enterpriseId", p.enterpriseId())
                .put("externalId", p.externalId())
                .put("name", p.name())
                .put("unitId", p.unitId())
                .put("geometry", new JsonObject(p.geometryJson()))
                .put("method", a.method().name())
                .put("likelihood", a.likelihood())
                .put("exposure", a.exposure())
                .put(a.method() == GradingMethod.LS ? "severity" : "consequence", a.consequence())
                .put("score", a.score())
                .put("grade", a.grade().id())
                .put("measures", new JsonArray(new ArrayList<>(p.measures())))
                .put("tasks", tasks)
                .put("inspectionsOverdue", p.tasks().stream().filter(t -> t.overdue(nowMs)).count())
                .put("updatedMs", p.updatedMs());
    }

    static JsonObject record(InspectionRecord r) {
        return new JsonObject()
                .put("id", r.id())
                .put("taskId", r.taskId())
                .put("tsMs", r.tsMs())
                .put("username", r.username())
                .put("result", r.normal() ? "normal" : "abnormal")
                .put("note", r.note());
    }

    static JsonObject danger(HiddenDanger d, long nowMs, long reminderMs) {
        return new JsonObject()
                .put("id", d.id())
                .put("enterpriseId", d.enterpriseId())
                .put("externalId", d.externalId())
                .put("riskPointId", d.riskPointId())
                .put("title", d.title())
                .put("description", d.description())
                .put("geometry", new JsonObject(d.geometryJson()))
                .put("state", d.state().id())
                .put("level", d.level() == null ? null : d.level().id())
                .put("deadlineMs", d.deadlineMs())
                .put("responsible", d.responsible())
                .put("reportedMs", d.reportedMs())
                .put("reportedBy", d.reportedBy())
                .put("updatedMs", d.updatedMs())
                .put("overdue", d.overdue(nowMs))
                .put("dueSoon", d.dueSoon(nowMs, reminderMs));
    }

    static JsonObject detail(DualPreventionService.Detail x, long nowMs, long reminderMs) {
        JsonArray events = new JsonArray();
        for (DangerEvent e : x.events())
            events.add(
                    new JsonObject()
                            .put("tsMs", e.tsMs())
                            .put("username", e.username())
                            .put("action", e.action())
                            .put("from", e.from() == null ? null : e.from().id())
                            .put("to", e.to().id())
                            .put("note", e.note()));
        JsonArray photos = new JsonArray();
        for (DangerPhoto p : x.photos()) photos.add(photo(p));
        return danger(x.danger(), nowMs, reminderMs).put("events", events).put("photos", photos);
    }

    static JsonObject photo(DangerPhoto p) {
        return new JsonObject()
                .put("sha256", p.sha256())
                .put("contentType", p.contentType())
                .put("sizeBytes", p.sizeBytes())
                .put("stage", p.stage().id())
                .put("uploadedMs", p.uploadedMs())
                .put("username", p.username())
                .put(
                        "url",
                        "api/dual-prevention/hidden-dangers/"
                                + p.hiddenDangerId()
                                + "/photos/"
                                + p.sha256());
    }

    static JsonObject figures(DualPreventionFigures f) {
        DualPreventionFigures.Colours c = f.riskPoints();
        return new JsonObject()
                .put("enterpriseId", f.enterpriseId())
                .put("total", f.total())
                .put("open", f.open())
                .put("overdue", f.overdue())
                .put("majorOpen", f.majorOpen())
                .put("rectified", f.rectified())
                .put(
                        "rectificationRate",
                        Double.isNaN(f.rectificationRate()) ? null : f.rectificationRate())
                .put(
                        "riskPoints",
                        new JsonObject()
                                .put("red", c.red())
                                .put("orange", c.orange())
                                .put("yellow", c.yellow())
                                .put("blue", c.blue()))
                .put("inspectionsOverdue", f.inspectionsOverdue());
    }

    static JsonObject summary(DualPreventionSummary s, long reminderMs) {
        JsonArray per = new JsonArray();
        s.enterprises().forEach(f -> per.add(figures(f)));
        JsonArray major = new JsonArray();
        s.majorOpen().forEach(d -> major.add(danger(d, s.atMs(), reminderMs)));
        return new JsonObject()
                .put("atMs", s.atMs())
                .put("park", figures(s.park()))
                .put("enterprises", per)
                .put("majorOpen", major);
    }

    /** The map layer: open hidden dangers and risk points as one GeoJSON FeatureCollection. */
    static JsonObject map(List<RiskPoint> points, List<HiddenDanger> dangers, long nowMs) {
        JsonArray features = new JsonArray();
        for (RiskPoint p : points)
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("id", "rp:" + p.id())
                            .put("geometry", new JsonObject(p.geometryJson()))
                            .put(
                                    "properties",
                                    new JsonObject()
                                            .put("kind", "risk-point")
                                            .put("name", p.name())
                                            .put("enterpriseId", p.enterpriseId())
                                            .put("grade", p.assessment().grade().id())
                                            .put("score", p.assessment().score())));
        for (HiddenDanger d : dangers) {
            if (!d.state().open()) continue;
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("id", "hd:" + d.id())
                            .put("geometry", new JsonObject(d.geometryJson()))
                            .put(
                                    "properties",
                                    new JsonObject()
                                            .put("kind", "hidden-danger")
                                            .put("name", d.title())
                                            .put("enterpriseId", d.enterpriseId())
                                            .put("state", d.state().id())
                                            .put("level", d.level() == null ? null : d.level().id())
                                            .put("overdue", d.overdue(nowMs))));
        }
        return new JsonObject().put("type", "FeatureCollection").put("features", features);
    }
}
