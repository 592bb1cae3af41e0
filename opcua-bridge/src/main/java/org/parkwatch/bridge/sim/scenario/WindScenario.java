package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * {@code wind}: holds the park weather station's wind at a direction (and optionally a speed) while
 * it runs, so a demo can send a release towards the boundary stations: the simulated wind is a slow
 * random walk (a few tens of degrees an hour), and with the demo's seed it starts from the
 * north-east, which carries a leak at E01 past every station. The wind's random walk is reset to
 * the held values every tick, so a release scenario applied before this one in the same tick sees
 * the held wind within the gust noise; when the scenario stops the walk carries on from there.
 *
 * <p>Options: {@code fromDeg} (required, the direction the wind blows from, degrees clockwise from
 * north, 0–360), {@code speedMPerS} (default: the speed keeps its own course, at most {@value
 * #MAX_SPEED_M_PER_S}).
 */
public final class WindScenario implements Scenario {
    public static final String NAME = "wind";
    static final List<String> OPTIONS = List.of("fromDeg", "speedMPerS");

    /** A gale: beyond it the plume model is not meant to be driven (simulation choice). */
    static final double MAX_SPEED_M_PER_S = 30;

    private final double fromDeg;
    private final Double speedMPerS;

    private WindScenario(double fromDeg, Double speedMPerS) {
        this.fromDeg = fromDeg;
        this.speedMPerS = speedMPerS;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "园区气象站风向（及风速）保持在给定值，用于演示污染物飘向边界空气站",
                "Holds the park weather station's wind direction (and speed) at the given values,"
                        + " to send a release towards the boundary stations in a demo",
                OPTIONS,
                WindScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String text = o.required("fromDeg", "degrees clockwise from north, 0–360");
        double from;
        try {
            from = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw o.invalid("fromDeg", "'" + text + "' is not a number of degrees 0–360");
        }
        if (!(from >= 0 && from <= 360)) {
            throw o.invalid("fromDeg", "'" + text + "' is not a number of degrees 0–360");
        }
        Double speed =
                o.text("speedMPerS").isPresent()
                        ? o.positive("speedMPerS", 0, MAX_SPEED_M_PER_S)
                        : null;
        if (ctx.model().tagsOfKind(TagKind.WIND_DIRECTION).isEmpty()) {
            throw o.invalid("fromDeg", "the park has no wind-direction tag to hold");
        }
        return new WindScenario(from % 360, speed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fromDeg", fromDeg);
        if (speedMPerS != null) m.put("speedMPerS", speedMPerS);
        return m;
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        hold(ctx, TagKind.WIND_DIRECTION, fromDeg);
        if (speedMPerS != null) hold(ctx, TagKind.WIND_SPEED, speedMPerS);
    }

    private static void hold(ScenarioContext ctx, TagKind kind, double value) {
        for (TagDefinition t : ctx.model().tagsOfKind(kind)) {
            ctx.model().set(t.id(), value);
            ctx.model().continueFrom(t.id());
        }
    }
}
