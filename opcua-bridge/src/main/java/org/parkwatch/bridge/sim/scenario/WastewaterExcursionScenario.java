package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * {@code wastewater-excursion}: an enterprise's treatment upsets and its wastewater outlet
 * discharges above its limits — COD, ammonia nitrogen and total phosphorus rise to {@code factor}
 * times their undisturbed values over {@code rampS} and stay there (pH and flow are left alone).
 * Capped at the analysers' range maxima.
 *
 * <p>Options: {@code outfall} (outfall feature id; default {@value #DEFAULT_OUTFALL}), {@code
 * factor} (default {@value #DEFAULT_FACTOR}), {@code rampS} (default {@value #DEFAULT_RAMP_S}).
 */
public final class WastewaterExcursionScenario implements Scenario {
    public static final String NAME = "wastewater-excursion";
    static final List<String> OPTIONS = List.of("outfall", "factor", "rampS");

    /** The pesticide plant's outlet (demo story). */
    static final String DEFAULT_OUTFALL = "E07-WW1";

    /**
     * Three times the normal load: the simulated outlets run at about half their limit, so this
     * crosses it clearly (simulation choice).
     */
    static final double DEFAULT_FACTOR = 3;

    static final double DEFAULT_RAMP_S = 300;

    private final String outfall;
    private final List<TagDefinition> tags;
    private final double factor;
    private final double rampS;

    private WastewaterExcursionScenario(
            String outfall, List<TagDefinition> tags, double factor, double rampS) {
        this.outfall = outfall;
        this.tags = tags;
        this.factor = factor;
        this.rampS = rampS;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "企业废水排口超标：化学需氧量、氨氮、总磷逐渐升至正常值的数倍",
                "A wastewater outlet exceeds its limits: COD, ammonia nitrogen and total phosphorus"
                        + " rise to a multiple of normal",
                OPTIONS,
                WastewaterExcursionScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String outfall = o.text("outfall").orElse(DEFAULT_OUTFALL);
        ScenarioFeatures.Feature f =
                ctx.features()
                        .get(outfall)
                        .filter(x -> x.kind().equals("outfall"))
                        .orElseThrow(
                                () ->
                                        o.invalid(
                                                "outfall",
                                                "no outfall '" + outfall + "' in the park layers"));
        List<TagDefinition> tags =
                ctx.model().tagsOfKind(TagKind.WATER_QUALITY).stream()
                        .filter(t -> t.featureId().equals(f.id()))
                        .filter(t -> !t.id().endsWith(".PH"))
                        .toList();
        if (tags.isEmpty()) {
            throw o.invalid("outfall", "outfall '" + outfall + "' has no water-quality tags");
        }
        double factor = o.positive("factor", DEFAULT_FACTOR, 100);
        double ramp = o.positive("rampS", DEFAULT_RAMP_S, 86_400);
        return new WastewaterExcursionScenario(outfall, tags, factor, ramp);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outfall", outfall);
        m.put("factor", factor);
        m.put("rampS", rampS);
        m.put("tags", tags.stream().map(TagDefinition::id).toList());
        return m;
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        double f = 1 + (factor - 1) * Math.min(1, elapsedS / rampS);
        for (TagDefinition t : tags) {
            ctx.model().set(t.id(), Math.min(t.max(), ctx.model().number(t.id()) * f));
        }
    }
}
