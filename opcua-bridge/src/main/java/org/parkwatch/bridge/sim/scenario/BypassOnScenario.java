package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * {@code bypass-on}: a SIS is put in bypass (its bypass tag goes true) until the scenario stops.
 * Option: {@code sis} (bypass tag id, SIS id such as {@code E01.SIS1}, or feature id; default: the
 * park's first bypass tag).
 */
public final class BypassOnScenario implements Scenario {
    public static final String NAME = "bypass-on";
    static final List<String> OPTIONS = List.of("sis");

    private final List<TagDefinition> bypasses;

    BypassOnScenario(List<TagDefinition> bypasses) {
        this.bypasses = bypasses;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME, "安全仪表系统被旁路", "A SIS is bypassed", OPTIONS, BypassOnScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        List<TagDefinition> all = ctx.model().tagsOfKind(TagKind.SIS_BYPASS);
        if (all.isEmpty()) throw o.invalid("sis", "the park has no SIS bypass tags");
        List<TagDefinition> chosen =
                o.text("sis")
                        .map(ref -> ctx.findTags(ref, TagKind.SIS_BYPASS))
                        .orElse(List.of(all.get(0)));
        if (chosen.isEmpty())
            throw o.invalid("sis", "no SIS bypass tag matches '" + o.text("sis").orElse("") + "'");
        return new BypassOnScenario(chosen);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sis", bypasses.stream().map(TagDefinition::id).toList());
        return m;
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        bypasses.forEach(t -> ctx.model().set(t.id(), true));
    }
}
