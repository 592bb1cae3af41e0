package org.parkwatch.bridge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.bridge.testsupport.MqttProbe;
import org.parkwatch.bridge.testsupport.TestConfigs;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * The bridge against the real DCS/SIS simulator (its small test park: E01 with 13 tags), the way
 * the demo runs: the config generated from the tag list, the endpoint as {@link
 * BridgeMain#demoEndpointUrl} builds it.
 */
class BridgeWithSimulatorTest {
    @TempDir Path dir;

    private ParkSimulator sim;
    private Bridge bridge;
    private MqttProbe probe;
    private BridgeConfig cfg;
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();

    @AfterEach
    void stop() throws Exception {
        if (bridge != null) bridge.close();
        if (probe != null) {
            probe.close();
            MqttProbe.clearRetainedWithNewClient(
                    UplinkTopics.status(cfg.enterpriseId(), cfg.bridgeId()));
        }
        if (sim != null) sim.close();
    }

    @Test
    void everySimulatedTagFlowsAndSurvivesAServerRestart() throws Exception {
        Path park = Path.of(getClass().getResource("/sim-park/park.json").toURI()).getParent();
        sim =
                ParkSimulator.start(
                        SimulatorOptions.builder()
                                .basePort(0)
                                .controlPort(0)
                                .tickMs(100)
                                .seed(7)
                                .parkFolder(park)
                                .pkiDir(dir.resolve("sim-pki"))
                                .build());
        EnterpriseTags tags = ParkCatalog.load(park).tagsOf("E01").orElseThrow();
        int port = URI.create(sim.endpointUrl("E01")).getPort();
        BridgeConfig demo =
                BridgeConfig.forDemoEnterprise(
                        tags, BridgeMain.demoEndpointUrl(port, "E01"), MqttProbe.BROKER, dir);
        String bridgeId = TestConfigs.uniqueId("S");
        cfg =
                new BridgeConfig(
                        bridgeId,
                        demo.enterpriseId(),
                        new BridgeConfig.Mqtt(
                                MqttProbe.BROKER, "bridge-" + bridgeId, null, null, 1, 10),
                        demo.spool(),
                        demo.batch(),
                        demo.endpoints(),
                        demo.mappings());
        probe =
                new MqttProbe(
                        UplinkTopics.samples(cfg.enterpriseId(), bridgeId),
                        UplinkTopics.status(cfg.enterpriseId(), bridgeId));
        bridge = new Bridge(cfg);
        bridge.start();
        List<String> ids = tags.tags().stream().map(TagDefinition::id).toList();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            probe.batches.forEach(
                                    b -> b.samples().forEach(s -> latest.put(s.tagId(), s)));
                            return ids.stream()
                                    .allMatch(
                                            id ->
                                                    latest.containsKey(id)
                                                            && latest.get(id).isGood());
                        });
        for (TagDefinition t : tags.tags()) {
            Object v = latest.get(t.id()).value();
            assertTrue(v instanceof Double || v instanceof Boolean, t.id() + " = " + v);
        }
        assertTrue(bridge.problems().isEmpty(), bridge.problems().toString());

        sim.stopServer("E01");
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            probe.batches.forEach(
                                    b -> b.samples().forEach(s -> latest.put(s.tagId(), s)));
                            return ids.stream()
                                    .allMatch(
                                            id ->
                                                    latest.get(id).status()
                                                            == Sample.BAD_NO_COMMUNICATION);
                        });
        sim.startServer("E01");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            probe.batches.forEach(
                                    b -> b.samples().forEach(s -> latest.put(s.tagId(), s)));
                            return ids.stream().allMatch(id -> latest.get(id).isGood());
                        });
    }
}
