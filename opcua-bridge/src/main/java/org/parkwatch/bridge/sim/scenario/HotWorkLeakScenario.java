package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * {@code hot-work-leak} (issue 15): the gas detector next to the demo's active hot-work permit goes
 * high — its reading rises from where it is past the H and then the HH limit within {@code riseS}
 * seconds and holds between HH and the top of its range until stopped, when it returns to its
 * clean-air value. The park platform's special-work cross-check turns that detector alarm near
 * active hot work into a critical alarm.
 *
 * <p>Options: {@code detector} (gas-detector feature id or gas tag id; default {@value
 * #DEFAULT_DETECTOR}, the detector at the gasoline tank farm of the demo park 24 m from the demo's
 * 一级动火 permit WP-E04-0001, see docs/hot-work-leak.md), {@code riseS} (seconds to reach the hold
 * value; default {@value #DEFAULT_RISE_S}).
 */
public final class HotWorkLeakScenario implements Scenario {
    public static final String NAME = "hot-work-leak";
    static final List<String> OPTIONS = List.of("detector", "riseS");

    /** The demo park's detector by the active hot-work permit (docs/hot-work-leak.md). */
    static final String DEFAULT_DETECTOR = "E04-GD112";

    /** Default time to reach the hold value, s: H and HH within a demo minute. */
    static final double DEFAULT_RISE_S = 60;

    private final TagDefinition gas;
    private final double riseS;
    private final double holdAt;
    private double start;

    HotWorkLeakScenario(TagDefinition gas, double riseS) {
        this.gas = gas;
        this.riseS = riseS;
        TagLimits lim = gas.limits();
        double top =
                lim.hh() != null
                        ? lim.hh()
                        : lim.h() != null ? lim.h() : gas.min() + 0.5 * (gas.max() - gas.min());
        this.holdAt = Math.min(gas.max(), top + (gas.max() - top) / 2);
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "动火作业点旁的可燃/有毒气体探测器浓度升高，依次越过高限和高高限",
                "The gas detector next to active hot work rises past its H and then HH limit",
                OPTIONS,
                HotWorkLeakScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String ref = o.text("detector").orElse(DEFAULT_DETECTOR);
        List<TagDefinition> tags = ctx.findTags(ref, TagKind.GAS_FLAMMABLE, TagKind.GAS_TOXIC);
        if (tags.isEmpty()) {
            throw o.invalid("detector", "no gas detector or gas tag '" + ref + "' in the park");
        }
        double rise = o.positive("riseS", DEFAULT_RISE_S, 3_600);
        return new HotWorkLeakScenario(tags.get(0), rise);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detector", gas.featureId());
        m.put("gasTag", gas.id());
        m.put("riseS", riseS);
        m.put("holdAt", holdAt);
        m.put("unit", gas.unit());
        return m;
    }

    @Override
    public void start(ScenarioContext ctx) {
        start = ctx.model().number(gas.id());
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        double target = Math.max(start, holdAt);
        double fraction = Math.min(1, elapsedS / riseS);
        ctx.model().set(gas.id(), start + (target - start) * fraction);
    }

    @Override
    public void stop(ScenarioContext ctx) {
        ctx.model().continueFrom(gas.id());
    }
}
