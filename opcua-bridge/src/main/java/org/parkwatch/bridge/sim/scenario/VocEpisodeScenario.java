package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.Pollutant;

/**
 * {@code voc-episode}: a slow fugitive VOC episode from one enterprise — a tank's seal or vent
 * losing vapour at a rate that ramps up over {@code rampS} and then holds. No gas detector at the
 * tank alarms at such rates; the park's boundary air stations see the plume for the live simulated
 * wind ({@link AirStationReceptors}): TVOC, and benzene or methanol when the tank holds them. It is
 * the episode the environment capability's back-tracing must attribute to the right enterprise.
 *
 * <p>Options: {@code enterprise} (default {@value #DEFAULT_ENTERPRISE}), {@code source} (a tank
 * feature id of that enterprise; default its first tank whose chemical releases TVOC), {@code
 * peakKgPerS} (default {@value #DEFAULT_PEAK_KG_PER_S}), {@code rampS} (default {@value
 * #DEFAULT_RAMP_S}).
 */
public final class VocEpisodeScenario implements Scenario {
    public static final String NAME = "voc-episode";
    static final List<String> OPTIONS = List.of("enterprise", "source", "peakKgPerS", "rampS");

    /** The aromatics plant: benzene, toluene and xylene tanks in the park's centre (demo story). */
    static final String DEFAULT_ENTERPRISE = "E06";

    /**
     * 0.1 kg/s of vapour: a few mg/m³ TVOC at a fence station 1 km downwind in neutral air, about
     * the GB 31571 fence-line NMHC value — an episode, not an emergency (simulation choice).
     */
    static final double DEFAULT_PEAK_KG_PER_S = 0.1;

    /** Ten minutes to reach the peak: a slow episode (simulation choice). */
    static final double DEFAULT_RAMP_S = 600;

    /** Width of the emitting area (tank roof, vents), m (simulation choice). */
    static final double SOURCE_WIDTH_M = 20;

    private final String enterprise;
    private final ScenarioFeatures.Feature source;
    private final Set<Pollutant> released;
    private final double peakKgPerS;
    private final double rampS;
    private final double sourceHeightM;
    private AirStationReceptors stations;
    private volatile double rateKgPerS;

    private VocEpisodeScenario(
            String enterprise, ScenarioFeatures.Feature source, double peakKgPerS, double rampS) {
        this.enterprise = enterprise;
        this.source = source;
        this.released = AirSignals.releasedBy(source.property("chemicalCas"));
        this.peakKgPerS = peakKgPerS;
        this.rampS = rampS;
        String h = source.property("heightM");
        this.sourceHeightM = h == null ? 0 : Double.parseDouble(h);
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "某企业储罐缓慢逸散挥发性有机物，边界空气站按实时风向的烟羽浓度上升",
                "A slow VOC episode from one enterprise's tank; boundary air stations rise with the"
                        + " plume for the live wind",
                OPTIONS,
                VocEpisodeScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String enterprise = o.text("enterprise").orElse(DEFAULT_ENTERPRISE);
        List<ScenarioFeatures.Feature> tanks =
                ctx.features().ofKind("tank").stream()
                        .filter(f -> enterprise.equals(f.property("enterpriseId")))
                        .filter(
                                f ->
                                        AirSignals.releasedBy(f.property("chemicalCas"))
                                                .contains(Pollutant.TVOC))
                        .toList();
        ScenarioFeatures.Feature source;
        if (o.text("source").isPresent()) {
            String id = o.text("source").get();
            source =
                    tanks.stream()
                            .filter(f -> f.id().equals(id))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            o.invalid(
                                                    "source",
                                                    "'"
                                                            + id
                                                            + "' is not a tank of "
                                                            + enterprise
                                                            + " holding a volatile organic"
                                                            + " liquid"));
        } else {
            source =
                    tanks.stream()
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            o.invalid(
                                                    "enterprise",
                                                    "'"
                                                            + enterprise
                                                            + "' has no tank holding a volatile"
                                                            + " organic liquid"));
        }
        double peak = o.positive("peakKgPerS", DEFAULT_PEAK_KG_PER_S, 100);
        double ramp = o.positive("rampS", DEFAULT_RAMP_S, 86_400);
        return new VocEpisodeScenario(enterprise, source, peak, ramp);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise", enterprise);
        m.put("source", source.id());
        m.put("gas", source.property("chemicalCas"));
        m.put("peakKgPerS", peakKgPerS);
        m.put("rampS", rampS);
        m.put("rateKgPerS", rateKgPerS);
        if (stations != null) m.put("stationTags", stations.tagIds(released));
        return m;
    }

    @Override
    public void start(ScenarioContext ctx) {
        stations = AirStationReceptors.of(ctx);
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        rateKgPerS = peakKgPerS * Math.min(1, elapsedS / rampS);
        StabilityClass stability = GasLeakScenario.stabilityClass(ctx.model(), ctx.model().wind());
        stations.addPlume(
                ctx.model(),
                source.lon(),
                source.lat(),
                released,
                rateKgPerS,
                stability,
                SOURCE_WIDTH_M,
                sourceHeightM);
    }
}
