package org.parkwatch.bridge.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * {@code sis-trip}: a safety instrumented system trips. Its trip tag goes true and the unit it
 * protects (the tags of the same feature, or tanks of the tank farm it guards) shuts down: run
 * state false, flows fall to the range minimum (time constant {@value #FLOW_TAU_S} s), pressures
 * fall to 30 % of their pre-trip value above the minimum (time constant {@value #PRESSURE_TAU_S}
 * s). When stopped, the trip resets and the unit ramps back up. Option: {@code sis} (trip tag id,
 * SIS id prefix such as {@code E01.SIS1}, or the protected feature id).
 */
public final class SisTripScenario implements Scenario {
    public static final String NAME = "sis-trip";
    static final List<String> OPTIONS = List.of("sis");
    static final double FLOW_TAU_S = 5;
    static final double PRESSURE_TAU_S = 10;
    static final double PRESSURE_RESIDUAL_FRACTION = 0.3;

    private final List<TagDefinition> trips;
    private final List<TagDefinition> unit;
    private final Map<String, Double> preTrip = new HashMap<>();

    SisTripScenario(List<TagDefinition> trips, List<TagDefinition> unit) {
        this.trips = trips;
        this.unit = unit;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "安全仪表系统联锁动作，所保护装置停车（流量、压力下降）",
                "A SIS trips; the unit it protects shuts down (flows and pressures fall)",
                OPTIONS,
                SisTripScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String ref =
                o.required(
                        "sis",
                        "SIS trip tag id, SIS id such as E01.SIS1, or the protected unit's feature id");
        List<TagDefinition> trips = ctx.findTags(ref, TagKind.SIS_TRIP);
        if (trips.isEmpty()) throw o.invalid("sis", "no SIS trip tag matches '" + ref + "'");
        List<TagDefinition> unit = new ArrayList<>();
        for (TagDefinition trip : trips) {
            for (TagDefinition t : ctx.model().tags()) {
                boolean reacts =
                        t.kind() == TagKind.FLOW
                                || t.kind() == TagKind.PRESSURE
                                || t.kind() == TagKind.RUN_STATE;
                if (reacts && protects(ctx, trip.featureId(), t.featureId()) && !unit.contains(t))
                    unit.add(t);
            }
        }
        return new SisTripScenario(trips, unit);
    }

    /**
     * The SIS's feature itself, or a feature inside it (a tank whose {@code tankFarmId} is the
     * SIS's tank farm).
     */
    private static boolean protects(ScenarioContext ctx, String sisFeatureId, String featureId) {
        if (featureId.equals(sisFeatureId)) return true;
        return ctx.features()
                .get(featureId)
                .map(
                        f ->
                                sisFeatureId.equals(f.property("tankFarmId"))
                                        || sisFeatureId.equals(f.property("processUnitId")))
                .orElse(false);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sis", trips.stream().map(TagDefinition::id).toList());
        m.put("unitTags", unit.stream().map(TagDefinition::id).toList());
        return m;
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        SimulationModel model = ctx.model();
        trips.forEach(t -> model.set(t.id(), true));
        for (TagDefinition t : unit) {
            if (t.kind() == TagKind.RUN_STATE) {
                model.set(t.id(), false);
                continue;
            }
            double before = preTrip.computeIfAbsent(t.id(), model::number);
            double target =
                    t.kind() == TagKind.FLOW
                            ? t.min()
                            : t.min() + PRESSURE_RESIDUAL_FRACTION * (before - t.min());
            double tau = t.kind() == TagKind.FLOW ? FLOW_TAU_S : PRESSURE_TAU_S;
            model.set(t.id(), target + (before - target) * Math.exp(-elapsedS / tau));
        }
    }

    @Override
    public void stop(ScenarioContext ctx) {
        unit.stream()
                .filter(t -> !t.kind().isDiscrete())
                .forEach(t -> ctx.model().continueFrom(t.id()));
    }
}
