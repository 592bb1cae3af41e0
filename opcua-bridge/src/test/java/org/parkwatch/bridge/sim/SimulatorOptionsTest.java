package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    @Test
    void defaultsWithoutConfiguration() {
        SimulatorOptions o = SimulatorOptions.fromConfig(Map.of(), new Properties());
        assertEquals("127.0.0.1", o.bindAddress());
        assertEquals(4841, o.basePort());
        assertEquals(8088, o.controlPort());
        assertEquals(250, o.tickMs());
        assertEquals(null, o.parkFolder());
        assertTrue(o.securityEnabled());
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        Properties sys = new Properties();
        sys.setProperty("parkwatch.sim.tick-ms", "100");
        SimulatorOptions o =
                SimulatorOptions.fromConfig(
                        Map.of(
                                "PARKWATCH_SIM_TICK_MS",
                                "500",
                                "PARKWATCH_SIM_BASE_PORT",
                                "14841",
                                "PARKWATCH_SIM_PARK_DIR",
                                "/tmp/park",
                                "PARKWATCH_SIM_SECURITY",
                                "false",
                                "PARKWATCH_SIM_SEED",
                                "99"),
                        sys);
        assertEquals(100, o.tickMs());
        assertEquals(14841, o.basePort());
        assertEquals(Path.of("/tmp/park"), o.parkFolder());
        assertFalse(o.securityEnabled());
        assertEquals(99, o.seed());
    }

    @Test
    void badValuesAreNamedWithKeyAndValue() {
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SimulatorOptions.fromConfig(
                                        Map.of(
                                                "PARKWATCH_SIM_BASE_PORT",
                                                "70000",
                                                "PARKWATCH_SIM_SECURITY",
                                                "yes"),
                                        new Properties()));
        assertTrue(e.getMessage().contains("PARKWATCH_SIM_BASE_PORT='70000'"), e.getMessage());
        assertTrue(
                e.getMessage().contains("PARKWATCH_SIM_SECURITY='yes': expected true or false"),
                e.getMessage());
    }
}
