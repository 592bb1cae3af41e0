package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * {@code tank-high}: a tank keeps filling — its level rises at a steady rate past the H and then
 * the HH limit and holds halfway between HH and the top of the range. When stopped, the tank drains
 * back from where it is. Options: {@code tank} (tank feature id or level tag id, required), {@code
 * riseMPerS} (default: the whole range in 120 s).
 */
public final class TankHighScenario implements Scenario {
    public static final String NAME = "tank-high";
    static final List<String> OPTIONS = List.of("tank", "riseMPerS");

    /**
     * Default rise: the full instrument range in this many seconds (fast, so a demo shows H then HH
     * in a minute).
     */
    static final double DEFAULT_FULL_RANGE_S = 120;

    private final TagDefinition level;
    private final double riseMPerS;
    private final double holdAtM;
    private double startM;

    TankHighScenario(TagDefinition level, double riseMPerS) {
        this.level = level;
        this.riseMPerS = riseMPerS;
        TagLimits lim = level.limits();
        double top =
                lim.hh() != null
                        ? lim.hh()
                        : lim.h() != null ? lim.h() : level.min() + 0.9 * span(level);
        this.holdAtM = Math.min(level.max(), top + (level.max() - top) / 2);
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "储罐液位持续上升，依次越过高限和高高限",
                "A tank's level rises past its H and then HH limit",
                OPTIONS,
                TankHighScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String ref = o.required("tank", "tank feature id or level tag id, e.g. E01-TK101");
        List<TagDefinition> levels = ctx.findTags(ref, TagKind.LEVEL);
        if (levels.isEmpty()) throw o.invalid("tank", "no tank or level tag '" + ref + "'");
        TagDefinition level = levels.get(0);
        double rise = o.positive("riseMPerS", span(level) / DEFAULT_FULL_RANGE_S, span(level));
        return new TankHighScenario(level, rise);
    }

    private static double span(TagDefinition t) {
        return t.max() - t.min();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tank", level.featureId());
        m.put("levelTag", level.id());
        m.put("riseMPerS", riseMPerS);
        m.put("holdAtM", holdAtM);
        return m;
    }

    @Override
    public void start(ScenarioContext ctx) {
        startM = ctx.model().number(level.id());
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        double target = Math.max(startM, holdAtM);
        ctx.model().set(level.id(), Math.min(target, startM + riseMPerS * elapsedS));
    }

    @Override
    public void stop(ScenarioContext ctx) {
        ctx.model().continueFrom(level.id());
    }
}
