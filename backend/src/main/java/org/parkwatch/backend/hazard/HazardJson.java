package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * JSON of the hazard API: a unit's summary ({@code GET /api/hazards}), its detail with the full arithmetic
 * ({@code GET /api/hazards/:unitId}) and the {@code hazard-grade} push event. Numbers are cleaned of binary noise
 * ({@link GradingJson#clean}).
 */
public final class HazardJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Most severe first: level 1 … 4, then units that are not major hazards by falling S. */
    public static final Comparator<GradingResult> SEVERITY = Comparator
            .comparing((GradingResult g) -> g.level() == null ? Integer.MAX_VALUE : g.level())
            .thenComparing(GradingResult::s, Comparator.reverseOrder());

    private final HazardService hazards;
    private final Map<String, String[]> enterpriseNames;

    /** @param enterpriseNames zh and en name by enterprise id */
    public HazardJson(HazardService hazards, Map<String, String[]> enterpriseNames) {
        this.hazards = hazards;
        this.enterpriseNames = enterpriseNames;
    }

    /** Every unit's summary, most severe live grade first. */
    public List<ObjectNode> summaries(Predicate<String> tagLive) {
        return hazards.unitIds().stream()
                .sorted(Comparator.comparing(hazards::liveGrade, SEVERITY)
                        .thenComparing(hazards::staticGrade, SEVERITY))
                .map(id -> summary(id, tagLive)).toList();
    }

    public ObjectNode summary(String unitId, Predicate<String> tagLive) {
        UnitInfo u = hazards.unit(unitId).orElseThrow();
        GradingResult st = hazards.staticGrade(unitId);
        GradingResult live = hazards.liveGrade(unitId);
        ObjectNode o = F.objectNode();
        o.put("id", u.id()).put("layer", u.layer()).put("unitType", u.unitType()).put("nameZh", u.nameZh())
                .put("nameEn", u.nameEn()).put("enterpriseId", u.enterpriseId());
        String[] names = enterpriseNames.getOrDefault(u.enterpriseId(), new String[]{u.enterpriseId(), u.enterpriseId()});
        o.put("enterpriseNameZh", names[0]).put("enterpriseNameEn", names[1]);
        o.put("isMajorHazard", live.majorHazard() || st.majorHazard());
        o.put("s", GradingJson.clean(live.s()));
        putNullable(o, "r", live.r());
        putLevel(o, live.level());
        o.put("alpha", GradingJson.clean(live.alpha())).put("exposedPeople", live.exposedPeople());
        o.set("static", brief(st));
        ObjectNode l = brief(live);
        l.put("tanks", u.tankIds().size()).put("measuredTanks", hazards.measuredLevels(unitId).size());
        o.set("live", l);
        o.set("coverage", coverage(hazards.coverage().of(unitId, tagLive)));
        return o;
    }

    /** The summary plus both gradings in full (per chemical q, Q, q/Q, β; S; α; R; level; zh/en text). */
    public ObjectNode detail(String unitId, Predicate<String> tagLive) {
        ObjectNode o = summary(unitId, tagLive);
        UnitInfo u = hazards.unit(unitId).orElseThrow();
        o.set("staticGrading", GradingJson.toJson(hazards.staticGrade(unitId)));
        o.set("liveGrading", GradingJson.toJson(hazards.liveGrade(unitId)));
        ObjectNode exposure = o.putObject("exposure");
        exposure.put("radiusM", ExposedPopulation.RADIUS_M).put("people", u.exposure().people())
                .put("boundaryKind", u.exposure().boundaryKind()).put("boundaryId", u.exposure().boundaryId())
                .put("boundaryNameZh", u.exposure().boundaryNameZh())
                .put("boundaryNameEn", u.exposure().boundaryNameEn());
        exposure.putObject("arithmetic").put("zh", u.exposure().arithmeticZh()).put("en", u.exposure().arithmeticEn());
        var targets = exposure.putArray("targets");
        for (ExposedPopulation.Target t : u.exposure().targets()) {
            targets.addObject().put("id", t.id()).put("kind", t.kind()).put("nameZh", t.nameZh())
                    .put("nameEn", t.nameEn()).put("population", t.population()).put("distanceM", t.distanceM());
        }
        ObjectNode levels = o.putObject("levelsM");
        hazards.measuredLevels(unitId).forEach(levels::put);
        var tanks = o.putArray("tanks");
        u.tankIds().forEach(tanks::add);
        return o;
    }

    /** Payload of the {@code hazard-grade} push event (the hub adds type and serverMs). */
    public static ObjectNode event(HazardService.GradeEvent e) {
        ObjectNode o = F.objectNode();
        o.put("unitId", e.unitId()).put("change", e.change().kind().name()).put("atMs", e.atMs());
        if (e.unit() != null) {
            o.put("nameZh", e.unit().nameZh()).put("nameEn", e.unit().nameEn())
                    .put("enterpriseId", e.unit().enterpriseId());
        }
        o.set("before", brief(e.change().before()));
        o.set("after", brief(e.change().after()));
        return o;
    }

    static ObjectNode brief(GradingResult g) {
        ObjectNode o = F.objectNode();
        o.put("s", GradingJson.clean(g.s())).put("isMajorHazard", g.majorHazard());
        putNullable(o, "r", g.r());
        putLevel(o, g.level());
        return o;
    }

    private static ObjectNode coverage(MonitoringCoverage.UnitCoverage c) {
        ObjectNode o = F.objectNode();
        o.put("percent", c.percent()).put("applicable", c.applicable()).put("live", c.live());
        ObjectNode signals = o.putObject("signals");
        for (MonitoringCoverage.SignalState s : c.signals()) {
            signals.putObject(s.signal().id()).put("applies", s.applies()).put("tags", s.tags()).put("live", s.live());
        }
        return o;
    }

    private static void putLevel(ObjectNode o, Integer level) {
        if (level == null) o.putNull("level");
        else o.put("level", level);
    }

    private static void putNullable(ObjectNode o, String field, Double v) {
        if (v == null) o.putNull(field);
        else o.put(field, GradingJson.clean(v));
    }
}
