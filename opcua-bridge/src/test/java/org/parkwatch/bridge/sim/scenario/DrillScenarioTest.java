package org.parkwatch.bridge.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Any scenario runs as a drill with {@code drill=true}: the demo park's drill-state tag ({@code
 * PARK.SYS.DRILL}) reads true while a drill runs and false after; bad values and a park without a
 * drill-state tag are refused naming the option.
 */
class DrillScenarioTest {
    static final Instant T0 = Instant.parse("2026-06-21T04:00:00Z");

    private static ScenarioEngine engine(ParkCatalog park, SimulationModel model) {
        return new ScenarioEngine(
                new ScenarioContext(model, ScenarioFeatures.of(park), ServerControl.NONE),
                ScenarioEngine.builtInTypes());
    }

    private static void tick(SimulationModel model, ScenarioEngine engine, int s) {
        Instant now = T0.plusSeconds(s);
        model.step(now);
        engine.applyAll(now);
        model.applyForced();
    }

    @Test
    void drillScenarioRaisesTheDrillTagUntilItStops() {
        ParkCatalog park = ParkCatalog.loadDemo();
        SimulationModel model =
                new SimulationModel(park.allTags(), 5, ZoneId.of("Asia/Shanghai"), T0);
        ScenarioEngine engine = engine(park, model);
        tick(model, engine, 1);
        assertEquals(false, model.value("PARK.SYS.DRILL"));
        var real = engine.start("bypass-on", Map.of());
        tick(model, engine, 2);
        assertFalse(real.drill());
        assertEquals(false, model.value("PARK.SYS.DRILL"), "a real scenario is no drill");
        var drill = engine.start("gas-leak", Map.of("tank", "E01-V101", "drill", "true"));
        assertTrue(drill.drill());
        tick(model, engine, 3);
        assertEquals(true, model.value("PARK.SYS.DRILL"));
        tick(model, engine, 30);
        assertEquals(true, model.value("PARK.SYS.DRILL"), "for as long as the drill runs");
        engine.stop(drill.id());
        tick(model, engine, 31);
        assertEquals(false, model.value("PARK.SYS.DRILL"));
    }

    @Test
    void drillOptionMustBeTrueOrFalse() {
        ParkCatalog park = ParkCatalog.loadDemo();
        SimulationModel model =
                new SimulationModel(park.allTags(), 5, ZoneId.of("Asia/Shanghai"), T0);
        ScenarioOptionException e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine(park, model).start("bypass-on", Map.of("drill", "yes")));
        assertTrue(
                e.getMessage().contains("'drill'") && e.getMessage().contains("yes"),
                e.getMessage());
    }

    @Test
    void parkWithoutDrillTagRefusesADrill() throws Exception {
        ParkCatalog park =
                ParkCatalog.load(
                        Path.of(getClass().getResource("/sim-park/park.json").toURI()).getParent());
        SimulationModel model =
                new SimulationModel(park.allTags(), 5, ZoneId.of("Asia/Shanghai"), T0);
        ScenarioEngine engine = engine(park, model);
        ScenarioOptionException e =
                assertThrows(
                        ScenarioOptionException.class,
                        () -> engine.start("bypass-on", Map.of("drill", "true")));
        assertTrue(e.getMessage().contains("drill-state"), e.getMessage());
        assertTrue(engine.active().isEmpty(), "nothing started");
    }
}
