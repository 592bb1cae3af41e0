package org.parkwatch.bridge.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.bridge.sim.model.Wind;
import org.parkwatch.bridge.sim.plume.DetectorPlume;
import org.parkwatch.bridge.sim.plume.GasProperties;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * {@code gas-leak}: a continuous release from a tank. Every tick, each gas detector near the tank
 * reads its normal value plus the ground-level concentration a Gaussian plume from the tank ({@link
 * DetectorPlume}, over the consequence library's Gaussian plume) gives at its position for the live
 * simulated wind and a stability class from the live solar radiation and cloud cover — downwind
 * detectors rise, upwind ones stay at their clean-air values. Readings are capped at the
 * instrument's range maximum. The same plume reaches the park's boundary air stations: the station
 * tags of the pollutants the gas is (chlorine → Cl₂, benzene → benzene and TVOC, …) rise by its
 * ground-level concentration there ({@link AirStationReceptors}).
 *
 * <p>Options: {@code tank} (tank feature id, required), {@code rateKgPerS} (default {@value
 * #DEFAULT_RATE_KG_PER_S}), {@code gas} (CAS number; default the tank's {@code chemicalCas}),
 * {@code radiusM} (detectors within this distance, or monitoring the tank, are affected; default
 * {@value #DEFAULT_RADIUS_M}), {@code spreadM} (width of the source: a leak from a tank of
 * liquefied gas pools and flashes inside the dike, so the cloud starts wider than the tank; default
 * the larger of the tank diameter and {@value #DEFAULT_SPREAD_M} m).
 */
public final class GasLeakScenario implements Scenario {
    public static final String NAME = "gas-leak";
    static final List<String> OPTIONS = List.of("tank", "rateKgPerS", "gas", "radiusM", "spreadM");
    static final double DEFAULT_RATE_KG_PER_S = 2;
    static final double DEFAULT_RADIUS_M = 300;

    /** Source size when a feature has no diameterM/heightM, m (simulation choice). */
    static final double DEFAULT_SOURCE_SIZE_M = 10;

    /**
     * Smallest source width of a leak, m: pool and flash cloud in the dike (simulation choice, no
     * source).
     */
    static final double DEFAULT_SPREAD_M = 20;

    /** A detector tag with its position relative to the release point, m. */
    record Detector(TagDefinition tag, double eastM, double northM) {}

    private final ScenarioFeatures.Feature tank;
    private final double rateKgPerS;
    private final GasProperties gas;
    private final List<Detector> detectors;
    private final double sourceWidthM;
    private final double sourceHeightM;
    private volatile StabilityClass lastClass = StabilityClass.D;
    private AirStationReceptors stations;

    GasLeakScenario(
            ScenarioFeatures.Feature tank,
            double rateKgPerS,
            GasProperties gas,
            List<Detector> detectors) {
        this(tank, rateKgPerS, gas, detectors, size(tank, "diameterM"));
    }

    GasLeakScenario(
            ScenarioFeatures.Feature tank,
            double rateKgPerS,
            GasProperties gas,
            List<Detector> detectors,
            double sourceWidthM) {
        this.tank = tank;
        this.rateKgPerS = rateKgPerS;
        this.gas = gas;
        this.detectors = detectors;
        this.sourceWidthM = sourceWidthM;
        this.sourceHeightM = size(tank, "heightM");
    }

    /**
     * A tank dimension from its properties, m; {@value #DEFAULT_SOURCE_SIZE_M} m when the feature
     * lacks it.
     */
    private static double size(ScenarioFeatures.Feature tank, String property) {
        JsonNode v = tank.properties().get(property);
        return v != null && v.isNumber() && v.asDouble() > 0 ? v.asDouble() : DEFAULT_SOURCE_SIZE_M;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "储罐持续泄漏，下风向气体探测器按高斯烟羽浓度上升",
                "A tank leaks; downwind gas detectors rise as a Gaussian plume drives them",
                OPTIONS,
                GasLeakScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String ref = o.required("tank", "tank feature id, e.g. E01-TK101");
        ScenarioFeatures.Feature tank =
                ctx.features()
                        .get(ref)
                        .or(
                                () ->
                                        ctx.model()
                                                .tag(ref)
                                                .flatMap(t -> ctx.features().get(t.featureId())))
                        .orElseThrow(
                                () ->
                                        o.invalid(
                                                "tank",
                                                "no feature '" + ref + "' in the park layers"));
        double rate = o.positive("rateKgPerS", DEFAULT_RATE_KG_PER_S, 10_000);
        double radius = o.positive("radiusM", DEFAULT_RADIUS_M, 20_000);
        String cas = o.text("gas").orElse(tank.property("chemicalCas"));
        GasProperties gas = GasProperties.byCas(cas).orElse(GasProperties.UNKNOWN);
        LocalMetricPlane proj = new LocalMetricPlane(tank.lon(), tank.lat());
        List<Detector> detectors = new ArrayList<>();
        for (ScenarioFeatures.Feature d : ctx.features().ofKind("gas-detector")) {
            double e = proj.eastM(d.lon());
            double n = proj.northM(d.lat());
            boolean near =
                    Math.hypot(e, n) <= radius || tank.id().equals(d.property("monitorsFeatureId"));
            if (!near) continue;
            for (TagDefinition t : ctx.model().tags()) {
                if (t.featureId().equals(d.id())
                        && (t.kind() == TagKind.GAS_TOXIC || t.kind() == TagKind.GAS_FLAMMABLE)) {
                    detectors.add(new Detector(t, e, n));
                }
            }
        }
        if (detectors.isEmpty()) {
            throw o.invalid(
                    "tank", "no gas detector tags within " + radius + " m of '" + tank.id() + "'");
        }
        double spread =
                o.positive("spreadM", Math.max(size(tank, "diameterM"), DEFAULT_SPREAD_M), 1_000);
        return new GasLeakScenario(tank, rate, gas, detectors, spread);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tank", tank.id());
        m.put("rateKgPerS", rateKgPerS);
        m.put("gas", gas.cas());
        m.put("gasName", gas.nameEn());
        m.put("molarMassGPerMol", gas.molarMassGPerMol());
        m.put("stabilityClass", lastClass.name());
        m.put("detectorTags", detectors.stream().map(d -> d.tag().id()).toList());
        if (stations != null) {
            m.put("stationTags", stations.tagIds(AirSignals.releasedBy(gas.cas())));
        }
        return m;
    }

    @Override
    public void start(ScenarioContext ctx) {
        lastClass = stabilityClass(ctx.model(), ctx.model().wind());
        stations = AirStationReceptors.of(ctx);
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        SimulationModel model = ctx.model();
        Wind wind = model.wind();
        lastClass = stabilityClass(model, wind);
        for (Detector d : detectors) {
            double c =
                    DetectorPlume.atDetectorKgM3(
                            rateKgPerS,
                            wind.speedMps(),
                            wind.fromDeg(),
                            lastClass,
                            sourceWidthM,
                            sourceHeightM,
                            d.eastM(),
                            d.northM());
            double reading = model.number(d.tag().id()) + inDetectorUnits(c, d.tag().unit());
            model.set(d.tag().id(), Math.min(d.tag().max(), reading));
        }
        if (stations != null) {
            stations.addPlume(
                    model,
                    tank.lon(),
                    tank.lat(),
                    AirSignals.releasedBy(gas.cas()),
                    rateKgPerS,
                    lastClass,
                    sourceWidthM,
                    sourceHeightM);
        }
    }

    /** Converts kg/m³ to the detector's unit: ppm (default), %LEL, or mg/m3. */
    double inDetectorUnits(double kgM3, String unit) {
        if ("mg/m3".equalsIgnoreCase(unit)) return kgM3 * 1e6;
        double ppm = DetectorPlume.kgM3ToPpm(kgM3, gas.molarMassGPerMol());
        if ("%LEL".equalsIgnoreCase(unit)) {
            double lel =
                    gas.lelVolPercent() != null
                            ? gas.lelVolPercent()
                            : GasProperties.UNKNOWN.lelVolPercent();
            return DetectorPlume.ppmToPercentLel(ppm, lel);
        }
        return ppm;
    }

    /** The Pasquill class of the simulated weather (solar radiation, cloud cover, wind). */
    static StabilityClass stabilityClass(SimulationModel model, Wind wind) {
        List<TagDefinition> solar = model.tagsOfKind(TagKind.SOLAR_RADIATION);
        List<TagDefinition> cloud = model.tagsOfKind(TagKind.CLOUD_COVER);
        if (solar.isEmpty()) return StabilityClass.D;
        double oktas = cloud.isEmpty() ? 4 : model.number(cloud.get(0).id());
        return DetectorPlume.stabilityFromWeather(
                wind.speedMps(), model.number(solar.get(0).id()), oktas);
    }
}
