package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The simulator on the real demo park from gis-data: every enterprise served, scenarios resolve
 * demo features.
 */
class DemoParkSimulatorTest {
    static ParkSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        sim =
                ParkSimulator.start(
                        SimulatorOptions.builder()
                                .basePort(0)
                                .controlPort(0)
                                .tickMs(250)
                                .securityEnabled(false)
                                .pkiDir(Path.of("target", "test-pki"))
                                .build());
    }

    @AfterAll
    static void stop() {
        if (sim != null) sim.stop();
    }

    @Test
    void everyEnterpriseServesItsTagsWithTheRightTypes() throws Exception {
        List<EnterpriseTags> lists = sim.catalog().tagLists();
        assertEquals(sim.catalog().enterprises().size(), sim.endpointUrls().size());
        for (EnterpriseTags tags : lists) {
            OpcUaClient client = OpcUaClient.create(sim.endpointUrl(tags.enterpriseId()));
            client.connect();
            try {
                for (TagDefinition t :
                        List.of(tags.tags().get(0), tags.tags().get(tags.tags().size() - 1))) {
                    Object v = SimTestSupport.read(client, t.node()).getValue().getValue();
                    if (t.kind().isDiscrete()) assertInstanceOf(Boolean.class, v, t.id());
                    else {
                        double d = assertInstanceOf(Double.class, v, t.id());
                        assertTrue(d >= t.min() && d <= t.max(), t.id() + " = " + d);
                    }
                }
            } finally {
                client.disconnect();
            }
        }
    }

    @Test
    void lpgLeakDrivesDownwindPercentLelDetectorsPastTheirHighLimit() {
        sim.setValue("PARK.WS1.WS", 2.5);
        sim.setValue("PARK.WS1.WD", 90.0); // from the east
        try {
            var leak =
                    sim.scenarios()
                            .start("gas-leak", Map.of("tank", "E03-SP101", "rateKgPerS", "5"));
            List<?> detectors = (List<?>) leak.scenario().options().get("detectorTags");
            long ticks = sim.ticks();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> sim.ticks() > ticks + 2);
            var features = org.parkwatch.bridge.sim.scenario.ScenarioFeatures.of(sim.catalog());
            var sphere = features.get("E03-SP101").orElseThrow();
            int downwindHigh = 0;
            for (Object id : detectors) {
                TagDefinition t = sim.model().tag((String) id).orElseThrow();
                var d = features.get(t.featureId()).orElseThrow();
                // GD103 sits 10 m west of SP101 (downwind); GD104 11 m east (upwind), and the other
                // spheres' detectors
                // further east are upwind too
                boolean downwind = d.lon() < sphere.lon();
                boolean upwind = d.lon() > sphere.lon() + 1e-4;
                double v = sim.model().number(t.id());
                assertEquals("%LEL", t.unit());
                if (downwind && v > t.limits().h()) downwindHigh++;
                if (upwind) assertTrue(v < t.limits().h(), t.id() + " upwind at " + v + " %LEL");
            }
            assertTrue(downwindHigh > 0, "no downwind detector of " + detectors + " passed H");
        } finally {
            sim.scenarios().clear();
            sim.model().releaseAll();
        }
    }

    @Test
    void everyScenarioStartsOnDemoFeatures() {
        TagDefinition trip = sim.model().tagsOfKind(TagKind.SIS_TRIP).get(0);
        var tankHigh = sim.scenarios().start("tank-high", Map.of("tank", "E01-V101"));
        var sisTrip = sim.scenarios().start("sis-trip", Map.of("sis", trip.id()));
        var leak = sim.scenarios().start("gas-leak", Map.of("tank", "E01-V101"));
        var silent = sim.scenarios().start("station-silent", Map.of("enterprise", "E08"));
        assertEquals("E01.V101.LT", tankHigh.scenario().options().get("levelTag"));
        assertTrue(
                ((List<?>) leak.scenario().options().get("detectorTags"))
                        .contains("E01.GD101.GAS"));
        assertEquals("chlorine", leak.scenario().options().get("gasName"));
        assertTrue(
                ((List<?>) sisTrip.scenario().options().get("unitTags")).size() > 0,
                "SIS " + trip.id() + " protects no tags");
        assertTrue((Integer) silent.scenario().options().get("tagCount") > 10);
        assertEquals(4, sim.scenarios().clear());
    }
}
