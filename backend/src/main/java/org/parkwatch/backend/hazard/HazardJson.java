package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * JSON of the hazard API: a unit's summary ({@code GET /api/hazards}), its detail with the full
 * arithmetic ({@code GET /api/hazards/:unitId}) and the {@code hazard-grade} push event. Numbers
 * are cleaned of binary noise ({@link GradingJson#clean}). The summaries themselves are records
 * ({@link HazardSummaries}).
 */
public final class HazardJson {

    private final HazardService hazards;
    private final HazardSummaries summaries;

    /**
     * @param enterpriseNames zh and en name by enterprise id
     */
    public HazardJson(HazardService hazards, Map<String, String[]> enterpriseNames) {
        this.hazards = hazards;
        this.summaries = new HazardSummaries(hazards, enterpriseNames);
    }

    /** Every unit's summary record, most severe live grade first. */
    public List<UnitSummary> summaries(Predicate<String> tagLive) {
        return summaries.all(tagLive);
    }

    public static JsonObject summary(UnitSummary s) {
        UnitInfo u = s.unit();
        GradingResult live = s.liveGrade();
        JsonObject o = new JsonObject();
        o.put("id", u.id())
                .put("layer", u.layer())
                .put("unitType", u.unitType())
                .put("nameZh", u.nameZh())
                .put("nameEn", u.nameEn())
                .put("enterpriseId", u.enterpriseId());
        o.put("enterpriseNameZh", s.enterpriseNameZh())
                .put("enterpriseNameEn", s.enterpriseNameEn());
        o.put("isMajorHazard", s.majorHazard());
        o.put("s", GradingJson.clean(live.s()));
        GradingJson.putNullable(o, "r", live.r());
        o.put("level", live.level());
        o.put("alpha", GradingJson.clean(live.alpha())).put("exposedPeople", live.exposedPeople());
        o.put("static", brief(s.staticGrade()));
        o.put(
                "live",
                brief(live)
                        .put("tanks", u.tankIds().size())
                        .put("measuredTanks", s.measuredTanks()));
        o.put("coverage", coverage(s.coverage()));
        return o;
    }

    /**
     * The summary plus both gradings in full (per chemical q, Q, q/Q, β; S; α; R; level; zh/en
     * text).
     */
    public JsonObject detail(String unitId, Predicate<String> tagLive) {
        JsonObject o = summary(summaries.of(unitId, tagLive));
        UnitInfo u = hazards.unit(unitId).orElseThrow();
        o.put("staticGrading", GradingJson.toJson(hazards.staticGrade(unitId)));
        o.put("liveGrading", GradingJson.toJson(hazards.liveGrade(unitId)));
        JsonArray targets = new JsonArray();
        for (ExposedPopulation.Target t : u.exposure().targets()) {
            targets.add(
                    new JsonObject()
                            .put("id", t.id())
                            .put("kind", t.kind())
                            .put("nameZh", t.nameZh())
                            .put("nameEn", t.nameEn())
                            .put("population", t.population())
                            .put("distanceM", t.distanceM()));
        }
        ExposedPopulation.Count exposure = u.exposure();
        o.put(
                "exposure",
                new JsonObject()
                        .put("radiusM", ExposedPopulation.RADIUS_M)
                        .put("people", exposure.people())
                        .put("boundaryKind", exposure.boundaryKind())
                        .put("boundaryId", exposure.boundaryId())
                        .put("boundaryNameZh", exposure.boundaryNameZh())
                        .put("boundaryNameEn", exposure.boundaryNameEn())
                        .put(
                                "arithmetic",
                                new JsonObject()
                                        .put("zh", exposure.arithmeticZh())
                                        .put("en", exposure.arithmeticEn()))
                        .put("targets", targets));
        JsonObject levels = new JsonObject();
        hazards.measuredLevels(unitId).forEach(levels::put);
        o.put("levelsM", levels);
        o.put("tanks", new JsonArray(List.copyOf(u.tankIds())));
        JsonArray supplementary = new JsonArray();
        for (HazardService.SupplementaryItem i : hazards.supplementaryInventory(unitId)) {
            ChemicalRecord c = hazards.chemicals().byCas(i.held().cas()).orElse(null);
            supplementary.add(
                    new JsonObject()
                            .put("source", i.held().sourceId())
                            .put("nameZh", c == null ? i.held().cas() : c.nameZh())
                            .put("nameEn", c == null ? i.held().cas() : c.nameEn())
                            .put("itemId", i.held().itemId())
                            .put("cas", i.held().cas())
                            .put("quantityT", GradingJson.clean(i.held().quantityT()))
                            .put("locationId", i.held().locationId())
                            .put("counted", i.counted()));
        }
        // labelled apart from the tanks: quantities no level measures (chemical lots, issue 16)
        o.put("supplementaryInventory", supplementary);
        return o;
    }

    /** Payload of the {@code hazard-grade} push event (the hub adds type and serverMs). */
    public static JsonObject event(HazardService.GradeEvent e) {
        JsonObject o = new JsonObject();
        o.put("unitId", e.unitId()).put("change", e.change().kind().name()).put("atMs", e.atMs());
        if (e.unit() != null) {
            o.put("nameZh", e.unit().nameZh())
                    .put("nameEn", e.unit().nameEn())
                    .put("enterpriseId", e.unit().enterpriseId());
        }
        o.put("before", brief(e.change().before()));
        o.put("after", brief(e.change().after()));
        return o;
    }

    static JsonObject brief(GradingResult g) {
        JsonObject o = new JsonObject();
        o.put("s", GradingJson.clean(g.s())).put("isMajorHazard", g.majorHazard());
        GradingJson.putNullable(o, "r", g.r());
        return o.put("level", g.level());
    }

    private static JsonObject coverage(MonitoringCoverage.UnitCoverage c) {
        JsonObject signals = new JsonObject();
        for (MonitoringCoverage.SignalState s : c.signals()) {
            signals.put(
                    s.signal().id(),
                    new JsonObject()
                            .put("applies", s.applies())
                            .put("tags", s.tags())
                            .put("live", s.live()));
        }
        return new JsonObject()
                .put("percent", c.percent())
                .put("applicable", c.applicable())
                .put("live", c.live())
                .put("signals", signals);
    }
}
