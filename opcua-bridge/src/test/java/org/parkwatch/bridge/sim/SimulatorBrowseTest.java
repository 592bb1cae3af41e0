package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.browse.BrowseCommand;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;

/**
 * {@code browse} against the simulator, which publishes DisplayName, Description, EngineeringUnits
 * and EURange as a real DCS gateway would: the proposed tag list gives back the fixture's ids (no
 * doubled prefix), names, units, ranges and kinds.
 */
class SimulatorBrowseTest {
    @TempDir static Path dir;
    static ParkSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        sim = ParkSimulator.start(SimTestSupport.testOptions().build());
    }

    @AfterAll
    static void stop() {
        if (sim != null) sim.close();
    }

    @Test
    void tagListFromTheBrowseSkeletonMatchesTheEnterprisesOwnList() throws Exception {
        Path bridge = dir.resolve("e01-bridge.json");
        Path tagsFile = dir.resolve("e01-tags.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc =
                BrowseCommand.run(
                        new String[] {
                            sim.endpointUrl("E01"),
                            "--enterprise",
                            "E01",
                            "--out",
                            bridge.toString(),
                            "--tags-out",
                            tagsFile.toString()
                        },
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));

        EnterpriseTags fixture = SimTestSupport.catalog().tagsOf("E01").orElseThrow();
        JsonNode proposed = new ObjectMapper().readTree(Files.readString(tagsFile));
        assertEquals("urn:parkwatch:sim:E01", proposed.path("namespaceUri").asText());
        Map<String, JsonNode> byId = new HashMap<>();
        proposed.path("tags").forEach(t -> byId.put(t.path("id").asText(), t));
        assertEquals(fixture.tags().size(), byId.size(), byId.keySet().toString());
        for (TagDefinition t : fixture.tags()) {
            JsonNode p = byId.get(t.id());
            assertFalse(p == null, "no proposal for " + t.id() + " among " + byId.keySet());
            assertEquals(t.node(), p.path("node").asText());
            assertEquals(t.kind().id(), p.path("kind").asText(), t.id());
            assertEquals(t.unit(), p.path("unit").asText(), t.id());
            assertEquals(t.nameZh(), p.path("nameZh").asText(), t.id());
            assertEquals(t.nameEn(), p.path("nameEn").asText(), t.id());
            if (!t.kind().isDiscrete()) {
                assertEquals(t.min(), p.path("min").asDouble(), t.id());
                assertEquals(t.max(), p.path("max").asDouble(), t.id());
            }
        }
        // TK101 level 0…15 m: LL/L/H/HH at 5/10/85/90 % of the range (TagProposal's project
        // fractions)
        JsonNode lim = byId.get("E01.TK101.LT").path("limits");
        assertEquals(
                List.of(0.75, 1.5, 12.75, 13.5),
                List.of(
                        lim.path("ll").asDouble(),
                        lim.path("l").asDouble(),
                        lim.path("h").asDouble(),
                        lim.path("hh").asDouble()));
        // the bridge skeleton maps the same node to the same id
        JsonNode mappings = new ObjectMapper().readTree(Files.readString(bridge)).path("mappings");
        Map<String, String> tagByNode = new HashMap<>();
        mappings.forEach(m -> tagByNode.put(m.path("node").asText(), m.path("tagId").asText()));
        assertEquals("E01.TK101.LT", tagByNode.get("nsu=urn:parkwatch:sim:E01;s=TK101.LT"));
    }

    @Test
    void anUnreachableServerGetsAnActionableMessageNotAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc =
                BrowseCommand.run(
                        new String[] {
                            "opc.tcp://127.0.0.1:1/", "--out", dir.resolve("x.json").toString()
                        },
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, rc);
        assertEquals(
                "cannot browse opc.tcp://127.0.0.1:1/: nothing answers at opc.tcp://127.0.0.1:1/: check that the"
                        + " OPC UA server runs, the port, and the firewall between this machine and the server",
                text.strip());
    }
}
