package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.RoutingJson;
import org.parkwatch.model.uplink.Sample;

/**
 * The JSON of a {@link ReplayFrame} ({@code GET /api/emergency/incidents/:id/replay?at=}): the
 * command state, tasks, dispatches and log as the record's routes write them, alarms, values
 * ({@code {"tagId":{"t","v","status"}}}), the zones as a GeoJSON FeatureCollection and the routes
 * as the routing API writes them.
 */
final class ReplayJson {
    private ReplayJson() {}

    /**
     * @param seesTag whether the caller may see a tag (values of others are left out)
     */
    static JsonObject frame(ReplayFrame f, Predicate<String> seesTag) {
        JsonArray tasks = new JsonArray();
        for (ReplayFrame.TaskAt t : f.tasks())
            tasks.add(
                    EmergencyJson.task(t.task())
                            .put("status", t.status().name())
                            .put("statusZh", t.status().nameZh()));
        JsonArray dispatches = new JsonArray();
        for (ReplayFrame.DispatchAt d : f.dispatches())
            dispatches.add(
                    EmergencyJson.dispatch(d.dispatch())
                            .put(
                                    "movement",
                                    d.movement().name().toLowerCase(java.util.Locale.ROOT)));
        JsonArray alarms = new JsonArray();
        for (ReplayFrame.AlarmAt a : f.alarms()) {
            if (a.tagId() != null && !seesTag.test(a.tagId())) continue;
            alarms.add(
                    new JsonObject()
                            .put("alarmId", a.alarmId())
                            .put("tagId", a.tagId())
                            .put("priority", a.priority())
                            .put("state", a.state().name())
                            .put("sinceMs", a.sinceMs())
                            .put("value", finite(a.value())));
        }
        JsonObject values = new JsonObject();
        for (Map.Entry<String, Sample> e : new TreeMap<>(f.values()).entrySet()) {
            if (!seesTag.test(e.getKey())) continue;
            Sample s = e.getValue();
            Object v = s.value() instanceof Double d ? finite(d) : s.value();
            values.put(
                    e.getKey(),
                    new JsonObject()
                            .put("t", s.sourceTimeMs())
                            .put("v", v)
                            .put("status", s.status()));
        }
        return new JsonObject()
                .put("incidentId", f.incidentId())
                .put("at", f.atMs())
                .put("from", f.fromMs())
                .put("to", f.toMs())
                .put("level", f.level() == null ? null : f.level().name())
                .put("confirmed", f.confirmed())
                .put("government", f.government())
                .put("evacuating", f.evacuating())
                .put("allClear", f.allClear())
                .put("tasks", tasks)
                .put("dispatches", dispatches)
                .put("log", EmergencyJson.log(f.log()))
                .put("alarms", alarms)
                .put("values", values)
                .put("zones", f.zones() == null ? null : zones(f.zones()))
                .put("routes", f.routes() == null ? null : RoutingJson.incident(f.routes()));
    }

    /** The run's zones as a FeatureCollection in EPSG:4326, with its run id and time. */
    static JsonObject zones(IncidentThreat t) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        // areas come per outcome, outermost first: level 1 is the outermost, as the zone API
        // numbers them
        Map<String, Integer> levels = new java.util.HashMap<>();
        for (IncidentThreat.Area a : t.areas()) levels.merge(a.outcome(), 1, Integer::sum);
        Map<String, Integer> seen = new java.util.HashMap<>();
        JsonArray features = new JsonArray();
        for (IncidentThreat.Area a : t.areas())
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("geometry", new JsonObject(writer.write(a.area())))
                            .put(
                                    "properties",
                                    new JsonObject()
                                            .put("outcome", a.outcome())
                                            .put("threshold", a.thresholdId())
                                            .put("level", seen.merge(a.outcome(), 1, Integer::sum))
                                            .put("levels", levels.get(a.outcome()))
                                            .put("textZh", a.textZh())
                                            .put("textEn", a.textEn())));
        return new JsonObject()
                .put("type", "FeatureCollection")
                .put("kind", "incident")
                .put("runId", t.runId())
                .put("computedMs", t.computedMs())
                .put("sourceLon", t.sourceLon())
                .put("sourceLat", t.sourceLat())
                .put("windFromDeg", t.windFromDeg())
                .put("features", features);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
