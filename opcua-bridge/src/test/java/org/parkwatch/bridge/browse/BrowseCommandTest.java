package org.parkwatch.bridge.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.testsupport.LoopbackOpcUaServer;

class BrowseCommandTest {
    @TempDir Path dir;

    private LoopbackOpcUaServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    @Test
    void listsVariablesAndWritesASkeletonTheConfigReaderAccepts() throws Exception {
        server = new LoopbackOpcUaServer().variable("TK1.LT", 1.25).variable("TK1.HS", true);
        server.start();
        Path out = dir.resolve("bridge-E09.json");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int rc =
                BrowseCommand.run(
                        new String[] {
                            server.endpointUrl(), "--enterprise", "E09", "--out", out.toString()
                        },
                        new PrintStream(stdout, true, StandardCharsets.UTF_8),
                        new PrintStream(stderr, true, StandardCharsets.UTF_8));
        String text = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, stderr.toString(StandardCharsets.UTF_8));
        assertTrue(
                text.contains(
                        LoopbackOpcUaServer.node("TK1.LT") + " | Plant/TK1.LT | Double | 1.25"),
                text);
        assertTrue(
                text.contains(
                        LoopbackOpcUaServer.node("TK1.HS") + " | Plant/TK1.HS | Boolean | true"),
                text);

        BridgeConfig cfg = BridgeConfig.load(out, Map.of());
        assertEquals("E09", cfg.enterpriseId());
        assertEquals(server.endpointUrl(), cfg.endpoints().get(0).url());
        assertEquals(
                List.of(
                        new Mapping(
                                LoopbackOpcUaServer.node("TK1.LT"), "E09.Plant.TK1.LT", 1000, 0, 0),
                        new Mapping(
                                LoopbackOpcUaServer.node("TK1.HS"),
                                "E09.Plant.TK1.HS",
                                1000,
                                0,
                                0)),
                cfg.mappings());
    }

    @Test
    void badArgumentsAreRefusedWithUsage() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int rc =
                BrowseCommand.run(
                        new String[] {"http://x"},
                        System.out,
                        new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(2, rc);
        assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith("usage: BrowseCommand"));
    }
}
