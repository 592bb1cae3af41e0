package org.parkwatch.bridge.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Scenarios against the simulation model of the fixture park, stepped in model time (no servers).
 */
class ScenarioEngineTest {
    static final Instant T0 = Instant.parse("2026-06-21T04:00:00Z"); // 12:00 in Henan

    SimulationModel model;
    ScenarioEngine engine;
    int t;

    @BeforeEach
    void setUp() throws URISyntaxException {
        ParkCatalog park =
                ParkCatalog.load(
                        Path.of(getClass().getResource("/sim-park/park.json").toURI()).getParent());
        model = new SimulationModel(park.allTags(), 5, ZoneId.of("Asia/Shanghai"), T0);
        engine =
                new ScenarioEngine(
                        new ScenarioContext(model, ScenarioFeatures.of(park), ServerControl.NONE),
                        ScenarioEngine.builtInTypes());
    }

    /** One tick as the simulator does it, {@code seconds} later. */
    void tick(int seconds) {
        t += seconds;
        Instant now = T0.plusSeconds(t);
        model.step(now);
        engine.applyAll(now);
        model.applyForced();
    }

    @Test
    void tankHighPassesHighThenHighHighAndDrainsAfterStop() {
        model.force("E01.TK101.LT", 6.0);
        tick(1);
        model.release("E01.TK101.LT");
        var a = engine.start("tank-high", Map.of("tank", "E01-TK101", "riseMPerS", "0.25"));
        tick(20); // 6 + 0.25·20 = 11 m
        assertEquals(11.0, model.number("E01.TK101.LT"), 1e-9);
        tick(8); // 13 m: past H (12)
        assertEquals(13.0, model.number("E01.TK101.LT"), 1e-9);
        tick(8); // capped at (13.5 + 15) / 2
        assertEquals(14.25, model.number("E01.TK101.LT"), 1e-9);
        engine.stop(a.id());
        tick(60);
        double after = model.number("E01.TK101.LT");
        assertTrue(after < 14.25 && after > 13.0, "drains slowly from 14.25 m: " + after);
    }

    @Test
    void sisTripStopsTheUnit() {
        tick(1);
        double flowBefore = model.number("E01.U1.FT");
        double pressureBefore = model.number("E01.U1.PT");
        engine.start("sis-trip", Map.of("sis", "E01.SIS1"));
        tick(1);
        assertEquals(true, model.value("E01.SIS1.TRIP"));
        assertEquals(false, model.value("E01.U1.RUN"));
        tick(29);
        assertTrue(
                model.number("E01.U1.FT") < 0.01 * flowBefore,
                "flow after 30 s: " + model.number("E01.U1.FT"));
        double residual = 0.3 * pressureBefore;
        assertEquals(residual, model.number("E01.U1.PT"), 0.06 * pressureBefore);
        assertEquals(false, model.value("E01.SIS1.BYP"));
        engine.clear();
        tick(1);
        assertEquals(false, model.value("E01.SIS1.TRIP"));
        assertEquals(true, model.value("E01.U1.RUN"));
    }

    @Test
    void bypassOnSetsTheBypassTag() {
        var a = engine.start("bypass-on", Map.of());
        tick(1);
        assertEquals(true, model.value("E01.SIS1.BYP"));
        assertEquals(Map.of("sis", java.util.List.of("E01.SIS1.BYP")), a.scenario().options());
    }

    @Test
    void gasLeakFollowsTheWind() {
        model.force("PARK.WS1.WS", 4.0);
        model.force(
                "PARK.WS1.WD",
                0.0); // from the north: GD4 (30 m south) downwind, GD3 (north) upwind
        engine.start("gas-leak", Map.of("tank", "E01-TK101", "rateKgPerS", "0.01"));
        tick(1);
        double south = model.number("E01.GD4.AT");
        double north = model.number("E01.GD3.AT");
        double east = model.number("E01.GD1.AT");
        // 10 g/s of chlorine 30 m downwind of a 16 m × 15 m tank (class B at noon: σy 6.1 m, σz 7.9
        // m → ~5.7 ppm) of the virtual source: well above HH (3 ppm), below the 20 ppm range end
        assertTrue(south > 3 && south < 20, "downwind " + south);
        assertTrue(north < 0.2, "upwind " + north);
        assertTrue(east < 0.2, "crosswind at the source's side " + east);
    }

    @Test
    void hotWorkLeakRaisesTheDetectorPastHighHighAndHoldsUntilStopped() {
        model.force("E01.GD4.AT", 0.0);
        tick(1);
        model.release("E01.GD4.AT");
        var a = engine.start("hot-work-leak", Map.of("detector", "E01-GD4", "riseS", "20"));
        tick(10); // halfway to the hold value (3 + (20 − 3) / 2 = 11.5 ppm)
        assertEquals(5.75, model.number("E01.GD4.AT"), 1e-9);
        tick(10);
        assertEquals(11.5, model.number("E01.GD4.AT"), 1e-9);
        tick(30);
        assertEquals(11.5, model.number("E01.GD4.AT"), 1e-9);
        assertEquals("E01.GD4.AT", a.scenario().options().get("gasTag"));
        engine.stop(a.id());
        tick(120);
        assertTrue(model.number("E01.GD4.AT") < 11.5, "falls back after stop");
    }

    @Test
    void hotWorkLeakNamesAnUnknownDetector() {
        var e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("hot-work-leak", Map.of("detector", "E01-GD99")));
        assertEquals("detector", e.option());
        assertTrue(e.getMessage().contains("E01-GD99"), e.getMessage());
        // the fixture park has no E04-GD112: the default detector is refused by name too
        e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("hot-work-leak", Map.of()));
        assertTrue(e.getMessage().contains("E04-GD112"), e.getMessage());
    }

    @Test
    void stationSilentListsTheFrozenTags() {
        engine.start("station-silent", Map.of("station", "PARK-WS1"));
        assertEquals(6, engine.silencedTags().size());
        assertTrue(engine.silencedTags().contains("PARK.WS1.WD"));
        engine.clear();
        assertTrue(engine.silencedTags().isEmpty());
    }

    @Test
    void badNamesAndOptionsAreNamedInTheMessage() {
        var e =
                assertThrows(
                        ScenarioOptionException.class, () -> engine.start("tank-low", Map.of()));
        assertEquals("name", e.option());
        assertTrue(
                e.getMessage().contains("unknown scenario 'tank-low'")
                        && e.getMessage().contains("gas-leak"));
        e = assertThrows(ScenarioOptionException.class, () -> engine.start("tank-high", Map.of()));
        assertEquals("tank", e.option());
        e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("tank-high", Map.of("tank", "E01-TK999")));
        assertTrue(e.getMessage().contains("E01-TK999"), e.getMessage());
        e =
                assertThrows(
                        ScenarioOptionException.class,
                        () ->
                                engine.start(
                                        "gas-leak",
                                        Map.of("tank", "E01-TK101", "rateKgPerS", "-2")));
        assertEquals("rateKgPerS", e.option());
        e =
                assertThrows(
                        ScenarioOptionException.class,
                        () ->
                                engine.start(
                                        "gas-leak", Map.of("tank", "E01-TK101", "colour", "red")));
        assertEquals("colour", e.option());
        e =
                assertThrows(
                        ScenarioOptionException.class,
                        () ->
                                engine.start(
                                        "station-silent",
                                        Map.of("station", "PARK-WS1", "mode", "down")));
        assertEquals("mode", e.option());
        assertTrue(engine.active().isEmpty());
    }
}
