package org.parkwatch.bridge.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.bridge.sim.plume.DetectorPlume;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.BackTracer;
import org.parkwatch.model.environment.backtrace.BacktraceOptions;
import org.parkwatch.model.environment.backtrace.BacktraceResult;
import org.parkwatch.model.environment.backtrace.CandidateSource;
import org.parkwatch.model.environment.backtrace.Observations;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.environment.backtrace.WindSample;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The environment scenarios on the demo park, stepped in model time: the simulator's boundary air
 * stations record a release for the wind its weather station records, so that back-tracing those
 * records — the readings of all eight stations and the recorded wind and weather, the way the
 * backend reads them from history — finds the enterprise the scenario released from.
 */
class EnvironmentEpisodesTest {
    static final Instant T0 = Instant.parse("2026-06-21T02:00:00Z"); // 10:00 in Henan
    static final int STEP_S = 60;

    ParkCatalog park;
    SimulationModel model;
    ScenarioEngine engine;
    ScenarioFeatures features;
    LocalMetricPlane plane;
    int t;

    @BeforeEach
    void setUp() {
        park = ParkCatalog.loadDemo();
        model = new SimulationModel(park.allTags(), 5, ZoneId.of("Asia/Shanghai"), T0);
        features = ScenarioFeatures.of(park);
        engine =
                new ScenarioEngine(
                        new ScenarioContext(model, features, ServerControl.NONE),
                        ScenarioEngine.builtInTypes());
        plane =
                new LocalMetricPlane(
                        park.metadata().path("centre").get(0).asDouble(),
                        park.metadata().path("centre").get(1).asDouble());
    }

    void tick(int seconds) {
        t += seconds;
        Instant now = T0.plusSeconds(t);
        model.step(now);
        engine.applyAll(now);
        model.applyForced();
    }

    @Test
    void gasLeakPlumeReachesTheDownwindBoundaryStationOnly() {
        model.force("PARK.WS1.WS", 3.0);
        model.force(
                "PARK.WS1.WD", 270.0); // from the west: E01's chlorine drifts east along the fence
        tick(1);
        double northBefore = model.number("PARK.AQ1.CL2");
        double westBefore = model.number("PARK.AQ5.CL2");
        var leak = engine.start("gas-leak", Map.of("tank", "E01-V101", "rateKgPerS", "0.5"));
        tick(1);
        @SuppressWarnings("unchecked")
        List<String> stationTags = (List<String>) leak.scenario().options().get("stationTags");
        assertEquals(8, stationTags.size(), stationTags.toString());
        double north = model.number("PARK.AQ1.CL2");
        assertTrue(
                north > 100 * Math.max(1, northBefore), "AQ1 Cl2 " + northBefore + " → " + north);
        assertTrue(model.number("PARK.AQ5.CL2") < 10 * Math.max(1, westBefore), "upwind AQ5");
        assertTrue(model.number("PARK.AQ3.CL2") < 50, "south station off the plume");
        assertTrue(model.number("PARK.AQ1.NH3") < 400, "ammonia is not what leaks");
    }

    @Test
    void windScenarioSendsTheLeakStartedBeforeItToTheStationItPointsAt() {
        tick(1);
        double northBefore = model.number("PARK.AQ1.CL2");
        // the leak first: the wind scenario is applied after it in every tick
        engine.start("gas-leak", Map.of("tank", "E01-V101", "rateKgPerS", "0.5"));
        var wind = engine.start("wind", Map.of("fromDeg", "270", "speedMPerS", "3"));
        for (int i = 0; i < 3; i++) tick(1);
        assertEquals(270.0, model.number("PARK.WS1.WD"), 15, "held within the gust noise");
        assertEquals(3.0, model.number("PARK.WS1.WS"), 1e-9);
        double north = model.number("PARK.AQ1.CL2");
        assertTrue(
                north > 100 * Math.max(1, northBefore), "AQ1 Cl2 " + northBefore + " → " + north);
        engine.stop(wind.id());
        tick(1);
        assertEquals(270.0, model.number("PARK.WS1.WD"), 15, "the walk carries on from there");
        var e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("wind", Map.of("fromDeg", "north")));
        assertTrue(e.getMessage().contains("fromDeg"), e.getMessage());
        assertThrows(ScenarioOptionException.class, () -> engine.start("wind", Map.of()));
    }

    @Test
    void vocEpisodeIsTracedToItsEnterpriseFromTheRecordedWind() {
        List<String> order = traceTopEnterprises("voc-episode", Map.of(), Pollutant.TVOC, false);
        assertEquals("E06", order.get(0), "enterprises by confidence " + order);
    }

    @Test
    void vocEpisodeFromAnotherEnterpriseIsTracedThere() {
        List<String> order =
                traceTopEnterprises(
                        "voc-episode", Map.of("enterprise", "E05"), Pollutant.TVOC, false);
        assertEquals("E05", order.get(0), "enterprises by confidence " + order);
    }

    @Test
    void gasLeakRiseAtTheFenceIsTracedToE01AmongEveryTank() {
        List<String> order =
                traceTopEnterprises(
                        "gas-leak",
                        Map.of("tank", "E01-V101", "rateKgPerS", "0.2"),
                        Pollutant.CL2,
                        true);
        assertEquals("E01", order.get(0), "enterprises by confidence " + order);
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        var e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("voc-episode", Map.of("enterprise", "E01")));
        assertTrue(e.getMessage().contains("enterprise"), e.getMessage());
        var w =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("wastewater-excursion", Map.of("outfall", "E01-V101")));
        assertTrue(w.getMessage().contains("outfall"), w.getMessage());
    }

    @Test
    void wastewaterExcursionTakesTheOutletPastItsLimits() {
        tick(1);
        double before = model.number("E07.WW1.COD");
        assertTrue(before < 500, "undisturbed COD below its limit: " + before);
        assertEquals(true, model.value("E07.RW1.XV_ZSO"), "rainwater valve normally open");
        engine.start("wastewater-excursion", Map.of("factor", "4", "rampS", "60"));
        for (int i = 0; i < 5; i++) tick(30);
        assertTrue(model.number("E07.WW1.COD") > 500, "COD " + model.number("E07.WW1.COD"));
        assertTrue(model.number("E07.WW1.NH3N") > 45 || model.number("E07.WW1.TP") > 8);
        double ph = model.number("E07.WW1.PH");
        assertTrue(ph > 6 && ph < 9, "pH left alone: " + ph);
    }

    /**
     * Runs a scenario for 3 h of 1-minute ticks while the wind veers from south-south-west to
     * north-west, records the stations and the weather, and back-traces the records.
     *
     * @param anyTankHolds true to offer every tank as a candidate (as if the inventory were
     *     unknown); false for the tanks whose chemical releases the pollutant
     */
    private List<String> traceTopEnterprises(
            String scenario, Map<String, String> options, Pollutant p, boolean anyTankHolds) {
        int steps = 180;
        IntToDoubleFunction from = i -> 200 + 120.0 * i / steps;
        model.force("PARK.WS1.WS", 3.0);
        model.force("PARK.WS1.WD", from.applyAsDouble(0));
        tick(STEP_S);
        engine.start(scenario, options);
        List<Station> stations = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (ScenarioFeatures.Feature f : features.ofKind("air-station")) {
            stations.add(new Station(f.id(), plane.eastM(f.lon()), plane.northM(f.lat()), 3.0));
            tags.add(f.id().replace('-', '.') + "." + signal(p));
        }
        List<WindSample> wind = new ArrayList<>();
        double[][] readings = new double[steps][stations.size()];
        for (int i = 0; i < steps; i++) {
            model.force("PARK.WS1.WD", from.applyAsDouble(i));
            tick(STEP_S);
            double ws = model.number("PARK.WS1.WS");
            wind.add(
                    new WindSample(
                            model.number("PARK.WS1.WD"),
                            ws,
                            DetectorPlume.stabilityFromWeather(
                                    ws, model.number("PARK.WS1.SR"), model.number("PARK.WS1.CC"))));
            for (int s = 0; s < tags.size(); s++) readings[i][s] = model.number(tags.get(s));
        }
        List<CandidateSource> candidates = new ArrayList<>();
        for (ScenarioFeatures.Feature f : features.ofKind("tank")) {
            Set<Pollutant> holds =
                    anyTankHolds ? Set.of(p) : AirSignals.releasedBy(f.property("chemicalCas"));
            candidates.add(
                    new CandidateSource(
                            f.id(),
                            f.property("enterpriseId"),
                            plane.eastM(f.lon()),
                            plane.northM(f.lat()),
                            2.0,
                            holds));
        }
        BacktraceResult r =
                new BackTracer(BacktraceOptions.PARK_DEFAULTS)
                        .rank(new Observations(stations, wind, readings, STEP_S), candidates, p);
        assertTrue(r.ranking().size() >= 2, "several candidates ranked");
        assertTrue(
                r.ranking().get(0).explainedFraction() > 0.5,
                "the best candidate explains the readings: " + r.ranking().get(0));
        return new ArrayList<>(r.confidenceByEnterprise().keySet());
    }

    private static String signal(Pollutant p) {
        return AirSignals.signals().stream()
                .filter(s -> AirSignals.ofSignal(s).orElseThrow() == p)
                .findFirst()
                .orElseThrow();
    }
}
