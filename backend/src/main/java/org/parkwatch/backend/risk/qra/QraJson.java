package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.model.risk.FnCurve;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.RelocationScreening;
import org.parkwatch.model.risk.SocietalRiskLines;

/**
 * The JSON of a QRA run: its inputs (installations and inventories, wind rose, grid, scenario
 * counts), its results (contours as GeoJSON in EPSG:4326, F–N points and criterion lines, target
 * checks violations first, relocation list, timings) and the one-line summary. Not thread-safe (a
 * proj4j transform): one instance per run.
 */
public final class QraJson {
    private final MetricProjection projection = new MetricProjection();

    public JsonObject inputs(
            List<QraInstallation> installations,
            WindRose rose,
            GridSpec grid,
            double marginM,
            Optional<FacilityStatus> statusOverride,
            List<QraOutcome> outcomes) {
        JsonArray inst = new JsonArray();
        for (QraInstallation i : installations) {
            Coordinate ll = projection.toLonLat(i.eastM(), i.northM());
            inst.add(
                    new JsonObject()
                            .put("id", i.id())
                            .put("enterpriseId", i.enterpriseId())
                            .put("chemical", i.chemical().id())
                            .put("inventoryKg", round(i.inventoryKg()))
                            .put("designInventoryKg", round(i.designInventoryKg()))
                            .put("pressureVessel", i.pressureVessel())
                            .put("lon", ll.x)
                            .put("lat", ll.y));
        }
        Map<String, Integer> byEffect = new TreeMap<>();
        Map<String, Integer> byRelease = new TreeMap<>();
        outcomes.forEach(
                o -> {
                    byEffect.merge(o.effect(), 1, Integer::sum);
                    byRelease.merge(o.release().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                });
        return new JsonObject()
                .put("installations", inst)
                .put("windRose", WindRoseJson.toJson(rose))
                .put(
                        "grid",
                        new JsonObject()
                                .put("crs", "EPSG:4547")
                                .put("originEastM", grid.originEastM())
                                .put("originNorthM", grid.originNorthM())
                                .put("cellSizeM", grid.cellSizeM())
                                .put("nx", grid.nx())
                                .put("ny", grid.ny())
                                .put("marginM", marginM))
                .put("facilityStatusOverride", statusOverride.map(FacilityStatus::id).orElse(null))
                .put(
                        "scenarios",
                        new JsonObject()
                                .put("outcomes", outcomes.size())
                                .put("byEffect", new JsonObject(new LinkedHashMap<>(byEffect)))
                                .put("byRelease", new JsonObject(new LinkedHashMap<>(byRelease)))
                                .put(
                                        "coverage",
                                        coverage(ScenarioCoverage.of(installations, outcomes))));
    }

    /**
     * {contributed: [{installationId, chemical, effects}], leftOut: [{installationId, chemical,
     * code, zh, en}]}.
     */
    static JsonObject coverage(List<ScenarioCoverage> coverage) {
        JsonArray in = new JsonArray();
        JsonArray out = new JsonArray();
        for (ScenarioCoverage c : coverage) {
            JsonObject o =
                    new JsonObject()
                            .put("installationId", c.installationId())
                            .put("chemical", c.chemicalId());
            if (c.contributes()) {
                in.add(o.put("effects", new JsonArray(c.effects())));
            } else {
                out.add(
                        o.put("code", c.reasonCode())
                                .put("zh", c.reasonZh())
                                .put("en", c.reasonEn()));
            }
        }
        return new JsonObject().put("contributed", in).put("leftOut", out);
    }

    public JsonObject results(QraResult r, SocietalRiskLines lines) {
        double max = 0;
        for (double v : r.irPerYear()) {
            max = Math.max(max, v);
        }
        JsonObject timings = new JsonObject();
        r.timingsMs().forEach(timings::put);
        return new JsonObject()
                .put("contours", contours(r))
                .put("fn", fn(r, lines))
                .put("targets", targets(r))
                .put("relocation", relocation(r.relocation()))
                .put("maxIrPerYear", max)
                .put("timingsMs", timings);
    }

    /** The one-line summary of a finished run. */
    public static JsonObject summary(JsonObject inputs, JsonObject results) {
        long violations =
                results.getJsonArray("targets").stream()
                        .filter(t -> !((JsonObject) t).getBoolean("acceptable"))
                        .count();
        return new JsonObject()
                .put("windRoseSource", inputs.getJsonObject("windRose").getString("source"))
                .put("installations", inputs.getJsonArray("installations").size())
                .put("outcomes", inputs.getJsonObject("scenarios").getInteger("outcomes"))
                .put("maxIrPerYear", results.getDouble("maxIrPerYear"))
                .put("violationCount", violations)
                .put(
                        "relocationCandidates",
                        results.getJsonObject("relocation").getJsonArray("candidates").size())
                .put("societalRegion", results.getJsonObject("fn").getString("region"))
                .put("pll", results.getJsonObject("fn").getDouble("pll"))
                .put("timingsMs", results.getJsonObject("timingsMs"));
    }

    private JsonObject contours(QraResult r) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        JsonArray features = new JsonArray();
        for (int k = 0; k < r.levels().size(); k++) {
            Geometry g = r.contoursM().get(k);
            if (g.isEmpty()) {
                continue;
            }
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("id", "ir-" + r.levels().get(k))
                            .put(
                                    "properties",
                                    new JsonObject()
                                            .put("levelPerYear", r.levels().get(k))
                                            .put("areaKm2", g.getArea() / 1e6))
                            .put("geometry", new JsonObject(writer.write(projection.toLonLat(g)))));
        }
        return new JsonObject()
                .put("type", "FeatureCollection")
                .put("features", features)
                .put("levelsPerYear", new JsonArray(r.levels()));
    }

    private static JsonObject fn(QraResult r, SocietalRiskLines lines) {
        JsonArray points = new JsonArray();
        for (FnCurve.Point p : r.fn().points()) {
            points.add(new JsonObject().put("n", p.fatalities()).put("f", p.frequencyPerYear()));
        }
        FnCurve.Point worst = r.societal().worstPoint();
        return new JsonObject()
                .put("points", points)
                .put("pll", r.fn().potentialLossOfLife())
                .put("region", r.societal().region().name())
                .put(
                        "worstPoint",
                        worst == null
                                ? null
                                : new JsonObject()
                                        .put("n", worst.fatalities())
                                        .put("f", worst.frequencyPerYear()))
                .put(
                        "lines",
                        new JsonObject()
                                .put("upperFAtN1", lines.upperFAtN1())
                                .put("lowerFAtN1", lines.lowerFAtN1())
                                .put("slope", lines.slope())
                                .put(
                                        "status",
                                        "[U] GB 36894-2018 Figure 1 not yet verified; defaults of "
                                                + "docs/domain/risk.md §Criteria"));
    }

    private JsonArray targets(QraResult r) {
        JsonArray out = new JsonArray();
        r.targets().stream()
                .sorted(
                        Comparator.comparing((QraResult.TargetCheck c) -> c.verdict().acceptable())
                                .thenComparing(c -> -c.verdict().excessRatio()))
                .forEach(
                        c -> {
                            Coordinate ll = projection.toLonLat(c.eastM(), c.northM());
                            out.add(
                                    new JsonObject()
                                            .put("id", c.target().id())
                                            .put("nameZh", c.target().nameZh())
                                            .put("nameEn", c.target().nameEn())
                                            .put("protectionClass", c.target().protection().name())
                                            .put("protectionZh", c.target().protection().textZh())
                                            .put("protectionEn", c.target().protection().textEn())
                                            .put("population", c.target().population())
                                            .put("lon", ll.x)
                                            .put("lat", ll.y)
                                            .put("newFacility", c.verdict().newFacility())
                                            .put("facilityStatus", c.target().status().id())
                                            .put(
                                                    "facilityStatusSource",
                                                    c.target().statusSource().id())
                                            .put("irPerYear", c.verdict().riskPerYear())
                                            .put("limitPerYear", c.verdict().limitPerYear())
                                            .put("excessRatio", c.verdict().excessRatio())
                                            .put("acceptable", c.verdict().acceptable()));
                        });
        return out;
    }

    private static JsonObject relocation(RelocationScreening.Result r) {
        JsonArray violations = new JsonArray();
        for (RelocationScreening.Violation v : r.violations()) {
            JsonArray parts = new JsonArray();
            v.contributions()
                    .forEach(
                            c ->
                                    parts.add(
                                            new JsonObject()
                                                    .put("enterpriseId", c.enterpriseId())
                                                    .put("riskPerYear", c.riskPerYear())
                                                    .put("share", c.share())
                                                    .put("compliesWithout", c.compliesWithout())));
            violations.add(
                    new JsonObject()
                            .put("targetId", v.target().id())
                            .put("nameZh", v.target().name())
                            .put("irPerYear", v.riskPerYear())
                            .put("limitPerYear", v.limitPerYear())
                            .put("excessPerYear", v.excessPerYear())
                            .put("contributions", parts));
        }
        JsonArray candidates = new JsonArray();
        r.candidates()
                .forEach(
                        c ->
                                candidates.add(
                                        new JsonObject()
                                                .put("enterpriseId", c.enterpriseId())
                                                .put(
                                                        "violatedTargets",
                                                        new JsonArray(c.violatedTargets()))
                                                .put(
                                                        "attributedExcessPerYear",
                                                        c.attributedExcess())
                                                .put(
                                                        "soleCauseTargets",
                                                        new JsonArray(c.soleCauseTargets()))));
        return new JsonObject().put("violations", violations).put("candidates", candidates);
    }

    /** A run's summary with its identity and times (list, detail, status and push). */
    public static JsonObject runSummary(QraRun run) {
        return new JsonObject(run.summary())
                .put("id", run.id())
                .put("startedMs", run.startedMs())
                .put("finishedMs", run.finishedMs())
                .put("trigger", run.trigger())
                .put("status", run.status())
                .put("error", run.error());
    }

    /**
     * The inventories of a stored run's inputs ({@link #inputs}); entries without an id or a number
     * are skipped.
     */
    static List<QraInventory> inventories(String inputsJson) {
        List<QraInventory> out = new ArrayList<>();
        JsonObject inputs = new JsonObject(inputsJson);
        for (Object o : inputs.getJsonArray("installations", new JsonArray())) {
            if (o instanceof JsonObject i
                    && i.getValue("id") != null
                    && i.getValue("inventoryKg") instanceof Number used
                    && i.getValue("designInventoryKg") instanceof Number design) {
                out.add(
                        new QraInventory(
                                i.getValue("id").toString(),
                                used.doubleValue(),
                                design.doubleValue()));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
