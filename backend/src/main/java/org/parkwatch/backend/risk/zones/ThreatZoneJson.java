package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.Warning;

/**
 * The JSON of a threat-zone run: a GeoJSON FeatureCollection of the zone polygons (EPSG:4326; per
 * outcome outermost first, {@code level} 1 = outermost) with, as foreign members, {@code exposure}
 * (people and targets inside, the installations and enterprises hit, the nearest resources
 * outside), {@code outcomes} (model, dense or passive, assumptions), {@code warnings} and {@code
 * inputs} (everything used, with the weather source). Metres rounded to 0.1 m.
 */
public final class ThreatZoneJson {
    /** Coordinates to 1e-7° (about 1 cm). */
    static final int DECIMALS = 7;

    private ThreatZoneJson() {}

    /** The answer of a computed release: zones, exposure, outcomes, warnings and inputs. */
    public static JsonObject of(ZoneAnswer answer) {
        Release r = answer.release();
        Weather w = answer.weather();
        ZoneCalculator.Result result = answer.result();
        ExposureAnalyser.Resources resources = answer.resources();
        String[] basis = {answer.basisZh(), answer.basisEn()};
        List<String> notes = answer.notes();
        long nowMs = answer.computedMs();
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        JsonArray features = new JsonArray();
        JsonArray outcomeList = new JsonArray();
        Map<String, JsonObject> targets = new LinkedHashMap<>();
        Map<String, JsonObject> installations = new LinkedHashMap<>();
        Map<String, JsonObject> enterprises = new LinkedHashMap<>();
        for (ZoneAnswer.ProjectedOutcome p : answer.outcomes()) {
            OutcomeZones o = p.zones();
            int n = o.zones().size();
            for (int k = n - 1; k >= 0; k--) { // outermost first
                ThreatZone z = o.zones().get(k);
                ExposureAnalyser.ZoneContent c = p.contents().get(k);
                Geometry g = p.areas().get(k);
                JsonObject props =
                        new JsonObject()
                                .put("outcome", o.outcome().id())
                                .put("model", o.model())
                                .put("threshold", z.threshold().id())
                                .put("level", n - k)
                                .put("levels", n)
                                .put("value", z.threshold().value())
                                .put("unit", z.threshold().unit())
                                .put("textZh", z.threshold().textZh())
                                .put("textEn", z.threshold().textEn())
                                .put("distanceM", r1(z.distanceM()))
                                .put("maxHalfWidthM", r1(z.maxHalfWidthM()))
                                .put("reached", !g.isEmpty())
                                .put("population", c.population())
                                .put("targets", ids(c.targets()))
                                .put("installations", ids(c.installations()))
                                .put("enterprises", ids(c.enterprises()));
                features.add(
                        new JsonObject()
                                .put("type", "Feature")
                                .put("id", o.outcome().id() + ":" + z.threshold().id())
                                .put(
                                        "geometry",
                                        g.isEmpty() ? null : new JsonObject(writer.write(g)))
                                .put("properties", props));
            }
            // most severe zone first, so each hit records the worst zone it lies in
            for (int k = 0; k < n; k++) {
                ExposureAnalyser.ZoneContent c = p.contents().get(k);
                String zone = o.outcome().id() + ":" + o.zones().get(k).threshold().id();
                for (ExposureAnalyser.Hit h : c.targets())
                    targets.computeIfAbsent(h.id(), x -> hit(h, zone));
                for (ExposureAnalyser.Hit h : c.installations())
                    installations.computeIfAbsent(h.id(), x -> hit(h, zone));
                for (ExposureAnalyser.Hit h : c.enterprises())
                    enterprises.computeIfAbsent(h.id(), x -> hit(h, zone));
            }
            JsonArray assumptions = new JsonArray();
            for (String[] a : o.assumptions())
                assumptions.add(new JsonObject().put("zh", a[0]).put("en", a[1]));
            outcomeList.add(
                    new JsonObject()
                            .put("outcome", o.outcome().id())
                            .put("model", o.model())
                            .put("dense", o.model().startsWith("britter-mcquaid"))
                            .put("spans", spans(o))
                            .put(
                                    "denseCriterion",
                                    Double.isNaN(o.criterion()) ? null : r3(o.criterion()))
                            .put("warnings", warnings(o.warnings()))
                            .put("assumptions", assumptions));
        }
        int people = 0;
        int sensitive = 0;
        for (JsonObject t : targets.values()) {
            people += t.getInteger("population");
            if (t.getBoolean("sensitive")) sensitive++;
        }
        JsonArray nearest = new JsonArray();
        for (ExposureAnalyser.Resource res : resources.nearestOutside()) {
            nearest.add(
                    new JsonObject()
                            .put("id", res.id())
                            .put("kind", res.kind())
                            .put("nameZh", res.nameZh())
                            .put("nameEn", res.nameEn())
                            .put("distanceM", r1(res.distanceM()))
                            .put("lon", res.lon())
                            .put("lat", res.lat()));
        }
        JsonArray inside = new JsonArray();
        for (ExposureAnalyser.Hit h : resources.inside()) inside.add(hit(h, null));
        JsonObject exposure =
                new JsonObject()
                        .put("population", people)
                        .put("sensitiveTargets", sensitive)
                        .put("targets", new JsonArray(List.copyOf(targets.values())))
                        .put("installations", new JsonArray(List.copyOf(installations.values())))
                        .put("enterprises", new JsonArray(List.copyOf(enterprises.values())))
                        .put("resources", nearest)
                        .put("resourcesInside", inside);
        JsonArray allWarnings = warnings(result.warnings());
        for (String note : notes) {
            allWarnings.add(
                    new JsonObject()
                            .put("code", "WEATHER")
                            .put("textZh", "气象数据：" + note)
                            .put("textEn", "weather: " + note));
        }
        return new JsonObject()
                .put("type", "FeatureCollection")
                .put("features", features)
                .put("outcomes", outcomeList)
                .put("exposure", exposure)
                .put("warnings", allWarnings)
                .put("inputs", inputs(r, w, result.stability(), basis))
                .put("computedMs", nowMs);
    }

    private static JsonObject inputs(
            Release r, Weather w, ZoneCalculator.Stability s, String[] basis) {
        JsonArray outcomes = new JsonArray();
        r.outcomes().forEach(o -> outcomes.add(o.id()));
        ChemicalHazard c = r.chemical();
        return new JsonObject()
                .put("lon", r.lon())
                .put("lat", r.lat())
                .put("featureId", r.featureId())
                .put(
                        "chemical",
                        new JsonObject()
                                .put("id", c.id())
                                .put("cas", c.cas())
                                .put("nameZh", c.nameZh())
                                .put("nameEn", c.nameEn()))
                .put("releaseRateKgPerS", Double.isNaN(r.rateKgPerS()) ? null : r3(r.rateKgPerS()))
                .put("massKg", Double.isNaN(r.massKg()) ? null : r.massKg())
                .put("release", r.instantaneous() ? "instantaneous" : "continuous")
                .put("rateBasisZh", basis[0])
                .put("rateBasisEn", basis[1])
                .put("releaseHeightM", r.releaseHeightM())
                .put("outcomes", outcomes)
                .put("terrain", r.terrain().name().toLowerCase(Locale.ROOT))
                .put("windFromDeg", r1(w.windFromDeg()))
                .put("windSpeedMPerS", r1(w.windSpeedMPerS()))
                .put("airTemperatureC", r1(w.airTemperatureK() - 273.15))
                .put("cloudOktas", w.cloudOktas())
                .put("stability", s.stability().name())
                .put("stabilityBasis", s.basis())
                .put(
                        "solarElevationDeg",
                        Double.isNaN(s.solarElevationDeg()) ? null : r1(s.solarElevationDeg()))
                .put("weatherSource", w.source())
                .put("timeMs", w.timeMs());
    }

    /**
     * A run from its answer (computed now or stored): the identity given, the inputs and head count
     * read from the answer, the answer kept as text.
     */
    static ZoneRun run(
            String runId,
            String incidentId,
            String enterpriseId,
            String trigger,
            long computedMs,
            JsonObject result) {
        Object exposure = result.getValue("exposure");
        Object population = exposure instanceof JsonObject e ? e.getValue("population") : null;
        return new ZoneRun(
                runId,
                incidentId,
                enterpriseId,
                trigger,
                computedMs,
                inputs(result),
                population instanceof Number n ? n.intValue() : null,
                result.encode());
    }

    /** The {@code inputs} of an answer; null when it has none. */
    static ZoneRunInputs inputs(JsonObject result) {
        if (!(result.getValue("inputs") instanceof JsonObject in)) return null;
        JsonObject chem = in.getValue("chemical") instanceof JsonObject c ? c : new JsonObject();
        String chemical = text(chem, "cas") != null ? text(chem, "cas") : text(chem, "id");
        List<String> outcomes = new ArrayList<>();
        if (in.getValue("outcomes") instanceof JsonArray a)
            a.forEach(o -> outcomes.add(String.valueOf(o)));
        return new ZoneRunInputs(
                num(in, "lon"),
                num(in, "lat"),
                text(in, "featureId"),
                chemical,
                text(in, "rateBasisEn"),
                num(in, "releaseRateKgPerS"),
                num(in, "massKg"),
                num(in, "releaseHeightM"),
                outcomes,
                text(in, "terrain"),
                boxed(in, "windFromDeg"),
                boxed(in, "windSpeedMPerS"),
                text(in, "weatherSource"));
    }

    /** The JSON of the API: the answer plus the run's identity under {@code run}. */
    public static JsonObject of(ZoneRun run) {
        return new JsonObject(run.resultJson())
                .put(
                        "run",
                        new JsonObject()
                                .put("runId", run.runId())
                                .put("incidentId", run.incidentId())
                                .put("enterpriseId", run.enterpriseId())
                                .put("trigger", run.trigger())
                                .put("computedMs", run.computedMs()));
    }

    /**
     * The WebSocket message body ({@code {"type":"incident.zones",…}}): the run's identity at the
     * top level, with {@code enterpriseId} there so tenancy scoping of push messages applies, and
     * the zones under {@code zones}.
     */
    public static JsonObject pushMessage(ZoneRun run) {
        return new JsonObject()
                .put("incidentId", run.incidentId())
                .put("enterpriseId", run.enterpriseId())
                .put("runId", run.runId())
                .put("trigger", run.trigger())
                .put("computedMs", run.computedMs())
                .put("zones", of(run));
    }

    /** Summary of runs, oldest first: runId, trigger, computedMs, wind used, people inside. */
    static JsonArray history(Iterable<ZoneRun> runs) {
        JsonArray out = new JsonArray();
        for (ZoneRun r : runs) {
            ZoneRunInputs in = r.inputs();
            out.add(
                    new JsonObject()
                            .put("runId", r.runId())
                            .put("trigger", r.trigger())
                            .put("computedMs", r.computedMs())
                            .put("windFromDeg", in == null ? null : in.windFromDeg())
                            .put("windSpeedMPerS", in == null ? null : in.windSpeedMPerS())
                            .put("population", r.population()));
        }
        return out;
    }

    /** {@code {"wind": true}} or {@code {"wind": false, "reason": …}}; null for null. */
    static JsonObject following(WindFollowing f) {
        if (f == null) return null;
        return f.wind()
                ? new JsonObject().put("wind", true)
                : new JsonObject().put("wind", false).put("reason", f.reason());
    }

    private static double num(JsonObject o, String key) {
        return o.getValue(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Double boxed(JsonObject o, String key) {
        return o.getValue(key) instanceof Number n ? n.doubleValue() : null;
    }

    private static String text(JsonObject o, String key) {
        Object v = o.getValue(key);
        return v == null ? null : v.toString();
    }

    private static JsonObject hit(ExposureAnalyser.Hit h, String zone) {
        return new JsonObject()
                .put("id", h.id())
                .put("layerId", h.layerId())
                .put("kind", h.kind())
                .put("nameZh", h.nameZh())
                .put("nameEn", h.nameEn())
                .put("enterpriseId", h.enterpriseId())
                .put("population", h.population())
                .put("sensitive", h.sensitive())
                .put("zone", zone);
    }

    private static JsonArray ids(List<ExposureAnalyser.Hit> hits) {
        JsonArray a = new JsonArray();
        hits.forEach(h -> a.add(h.id()));
        return a;
    }

    /** Which model drew which part of the footprint, downwind from the source (m; null: no end). */
    private static JsonArray spans(OutcomeZones o) {
        JsonArray out = new JsonArray();
        o.spans()
                .forEach(
                        s ->
                                out.add(
                                        new JsonObject()
                                                .put("model", s.model())
                                                .put("fromM", r1(s.fromM()))
                                                .put(
                                                        "toM",
                                                        Double.isInfinite(s.toM())
                                                                ? null
                                                                : r1(s.toM()))));
        return out;
    }

    static JsonArray warnings(List<Warning> ws) {
        JsonArray a = new JsonArray();
        for (Warning w : ws)
            a.add(
                    new JsonObject()
                            .put("code", w.code())
                            .put("textZh", w.textZh())
                            .put("textEn", w.textEn()));
        return a;
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
