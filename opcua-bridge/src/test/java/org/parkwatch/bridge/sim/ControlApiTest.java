package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP control API and the scenario CLI against a running simulator of the fixture park. */
class ControlApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static ParkSimulator sim;
    static String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        sim = ParkSimulator.start(SimTestSupport.testOptions().securityEnabled(false).build());
        base = "http://127.0.0.1:" + sim.controlPort();
    }

    @AfterAll
    static void stop() {
        if (sim != null) sim.stop();
    }

    @AfterEach
    void clear() {
        sim.scenarios().clear();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthListsEveryServer() throws Exception {
        HttpResponse<String> r = send("GET", "/health", null);
        assertEquals(200, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("UP", body.path("status").asText());
        assertEquals(
                sim.endpointUrl("E01"),
                body.path("servers").path("E01").path("endpointUrl").asText());
        assertTrue(body.path("servers").path("PARK").path("running").asBoolean());
    }

    @Test
    void startListAndClearScenarios() throws Exception {
        HttpResponse<String> r =
                send("POST", "/scenarios/tank-high", "{\"tank\":\"E01-TK101\",\"riseMPerS\":0.5}");
        assertEquals(201, r.statusCode(), r.body());
        String id = JSON.readTree(r.body()).path("id").asText();
        assertEquals(
                "E01.TK101.LT", JSON.readTree(r.body()).path("options").path("levelTag").asText());
        r = send("POST", "/scenarios/bypass-on", "");
        assertEquals(201, r.statusCode(), r.body());

        JsonNode list = JSON.readTree(send("GET", "/scenarios", null).body());
        List<String> available = new ArrayList<>();
        list.path("available").forEach(n -> available.add(n.path("name").asText()));
        assertEquals(
                List.of(
                        "tank-high",
                        "sis-trip",
                        "bypass-on",
                        "gas-leak",
                        "hot-work-leak",
                        "station-silent",
                        "voc-episode",
                        "wastewater-excursion",
                        "wind"),
                available);
        assertEquals(2, list.path("active").size());
        assertEquals(id, list.path("active").get(0).path("id").asText());
        assertEquals(0.5, list.path("active").get(0).path("options").path("riseMPerS").asDouble());

        r = send("DELETE", "/scenarios/" + id, null);
        assertEquals(200, r.statusCode());
        assertEquals(404, send("DELETE", "/scenarios/" + id, null).statusCode());
        r = send("DELETE", "/scenarios", null);
        assertEquals(1, JSON.readTree(r.body()).path("cleared").asInt());
        assertEquals(
                0, JSON.readTree(send("GET", "/scenarios", null).body()).path("active").size());
    }

    @Test
    void badNameOrOptionIs400WithAMessageNamingIt() throws Exception {
        HttpResponse<String> r = send("POST", "/scenarios/meteor-strike", "{}");
        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("name", body.path("option").asText());
        assertTrue(
                body.path("error").asText().contains("unknown scenario 'meteor-strike'"), r.body());

        r = send("POST", "/scenarios/gas-leak", "{\"tank\":\"E01-TK101\",\"rateKgPerS\":\"lots\"}");
        assertEquals(400, r.statusCode());
        assertEquals("rateKgPerS", JSON.readTree(r.body()).path("option").asText());
        assertTrue(JSON.readTree(r.body()).path("error").asText().contains("'lots'"), r.body());

        r = send("POST", "/scenarios/sis-trip", "{\"sis\":");
        assertEquals(400, r.statusCode());
        assertTrue(
                JSON.readTree(r.body())
                        .path("error")
                        .asText()
                        .startsWith("request body is not JSON"),
                r.body());
        assertTrue(sim.scenarios().active().isEmpty());
    }

    @Test
    void cliStartsAScenarioAndReportsErrorsWithItsExitCode() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int ok;
        int bad;
        try {
            ok =
                    ScenarioCli.run(
                            new String[] {"--url", base, "sis-trip", "sis=E01.SIS1"},
                            "http://unused");
            bad =
                    ScenarioCli.run(
                            new String[] {"--url", base, "tank-high", "tank=nowhere"},
                            "http://unused");
        } finally {
            System.setOut(out);
        }
        assertEquals(0, ok);
        assertEquals(1, bad);
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("\"name\":\"sis-trip\""), printed);
        assertTrue(printed.contains("no tank or level tag 'nowhere'"), printed);
        assertEquals("sis-trip", sim.scenarios().active().get(0).name());
        assertEquals(
                2, ScenarioCli.run(new String[] {"--url", "http://127.0.0.1:1", "clear"}, base));
    }
}
