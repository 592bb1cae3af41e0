package org.parkwatch.backend.pipeline;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/** JSON of the pipeline API: classes and zones, pipelines, encroachments, patrols, coverage. */
final class PipelineJson {
    private PipelineJson() {}

    static JsonObject zone(SafetyZone z) {
        return new JsonObject()
                .put("id", z.id())
                .put("distanceM", z.distanceM())
                .put("severity", z.severity())
                .put("ruleZh", z.ruleZh())
                .put("ruleEn", z.ruleEn())
                .put("source", z.source())
                .put("status", z.status());
    }

    static JsonArray classes(Map<String, PipelineClass> classes) {
        JsonArray out = new JsonArray();
        for (PipelineClass c : classes.values()) {
            JsonArray zones = new JsonArray();
            c.zones().forEach(z -> zones.add(zone(z)));
            out.add(
                    new JsonObject()
                            .put("id", c.id())
                            .put("nameZh", c.nameZh())
                            .put("nameEn", c.nameEn())
                            .put("checked", c.widestM().isPresent())
                            .put("alsoSee", c.alsoSee())
                            .put("zones", zones));
        }
        return out;
    }

    /** The pipelines as a GeoJSON FeatureCollection (lon/lat). */
    static JsonObject pipelines(List<Pipeline> pipelines) {
        JsonArray features = new JsonArray();
        for (Pipeline p : pipelines) {
            JsonArray coords = new JsonArray();
            for (Coordinate c : p.lonLat().getCoordinates())
                coords.add(new JsonArray().add(c.x).add(c.y));
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("id", p.id())
                            .put(
                                    "geometry",
                                    new JsonObject()
                                            .put("type", "LineString")
                                            .put("coordinates", coords))
                            .put(
                                    "properties",
                                    new JsonObject()
                                            .put("kind", p.kind())
                                            .put("pipelineClass", p.classId())
                                            .put("nameZh", p.nameZh())
                                            .put("nameEn", p.nameEn())
                                            .put("enterpriseId", p.enterpriseId())));
        }
        return new JsonObject().put("type", "FeatureCollection").put("features", features);
    }

    static JsonArray encroachments(List<Encroachment> list) {
        JsonArray out = new JsonArray();
        for (Encroachment e : list) {
            out.add(
                    new JsonObject()
                            .put("pipelineId", e.pipelineId())
                            .put("pipelineClass", e.classId())
                            .put("zone", zone(e.zone()))
                            .put("featureId", e.featureId())
                            .put("layerId", e.layerId())
                            .put("kind", e.kind())
                            .put("nameZh", e.nameZh())
                            .put("nameEn", e.nameEn())
                            .put("enterpriseId", e.enterpriseId())
                            .put("distanceM", Math.round(e.distanceM() * 10) / 10.0));
        }
        return out;
    }

    /**
     * A patrol from a request body: {@code pipelineId}, {@code patroller}, {@code note}, {@code
     * track} = [[lon, lat, epoch ms], …].
     */
    static Patrol patrol(JsonObject b, String id, String createdBy, long nowMs) {
        Object raw = b.getValue("track");
        if (!(raw instanceof JsonArray track)) {
            throw new IllegalArgumentException("track must be an array of [lon, lat, epoch ms]");
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            Object o = track.getValue(i);
            if (!(o instanceof JsonArray a)
                    || a.size() != 3
                    || !(a.getValue(0) instanceof Number lon)
                    || !(a.getValue(1) instanceof Number lat)
                    || !(a.getValue(2) instanceof Number ts)) {
                throw new IllegalArgumentException(
                        "track[" + i + "] must be [lon, lat, epoch ms] numbers");
            }
            points.add(new double[] {lon.doubleValue(), lat.doubleValue(), ts.longValue()});
        }
        return new Patrol(
                id,
                text(b, "pipelineId"),
                text(b, "patroller"),
                0,
                0,
                points,
                b.getValue("note") instanceof String n ? n : "",
                createdBy,
                nowMs);
    }

    private static String text(JsonObject b, String field) {
        Object v = b.getValue(field);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(field + " is required (text)");
        }
        return s.trim();
    }

    static JsonObject patrol(Patrol p, boolean withTrack) {
        JsonObject o =
                new JsonObject()
                        .put("id", p.id())
                        .put("pipelineId", p.pipelineId())
                        .put("patroller", p.patroller())
                        .put("startedMs", p.startedMs())
                        .put("endedMs", p.endedMs())
                        .put("points", p.track().size())
                        .put("note", p.note())
                        .put("createdBy", p.createdBy());
        if (withTrack) {
            JsonArray t = new JsonArray();
            for (double[] pt : p.track())
                t.add(new JsonArray().add(pt[0]).add(pt[1]).add((long) pt[2]));
            o.put("track", t);
        }
        return o;
    }

    /** Coverage per pipeline: its segments and the length-weighted whole. */
    static JsonArray coverage(List<PatrolCoverage.Segment> segments) {
        Map<String, List<PatrolCoverage.Segment>> byPipeline = new LinkedHashMap<>();
        for (PatrolCoverage.Segment s : segments)
            byPipeline.computeIfAbsent(s.pipelineId(), k -> new ArrayList<>()).add(s);
        JsonArray out = new JsonArray();
        byPipeline.forEach(
                (id, segs) -> {
                    double length = 0, covered = 0;
                    JsonArray list = new JsonArray();
                    for (PatrolCoverage.Segment s : segs) {
                        length += s.lengthM();
                        covered += s.lengthM() * s.coveredFraction();
                        list.add(
                                new JsonObject()
                                        .put("index", s.index())
                                        .put("lengthM", Math.round(s.lengthM() * 10) / 10.0)
                                        .put("coveredFraction", round3(s.coveredFraction())));
                    }
                    out.add(
                            new JsonObject()
                                    .put("pipelineId", id)
                                    .put("lengthM", Math.round(length * 10) / 10.0)
                                    .put(
                                            "coveredFraction",
                                            round3(length == 0 ? 0 : covered / length))
                                    .put("segments", list));
                });
        return out;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
