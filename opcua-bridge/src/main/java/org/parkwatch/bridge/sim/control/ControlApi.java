package org.parkwatch.bridge.sim.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.scenario.ScenarioEngine;
import org.parkwatch.bridge.sim.scenario.ScenarioOptionException;
import org.parkwatch.bridge.sim.scenario.ScenarioType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's HTTP control API (JDK HttpServer, JSON):
 *
 * <ul>
 *   <li>{@code GET /health} — servers with endpoint URL and running state, active scenario count
 *   <li>{@code GET /scenarios} — {@code available} types (name, descriptions zh/en, options) and
 *       {@code active} ones (id, name, startedAt, resolved options)
 *   <li>{@code POST /scenarios/<name>} with a JSON object of options (may be empty) — 201 with the
 *       started scenario's {@code id}; 400 naming the bad scenario name or option
 *   <li>{@code DELETE /scenarios/<id>} — stops one (404 if unknown); {@code DELETE /scenarios} —
 *       stops all
 * </ul>
 *
 * Errors are {@code {"error": message, "option": name}}.
 */
public final class ControlApi {
    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Request bodies above this are refused (option objects are tiny). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpServer http;
    private final ExecutorService executor;
    private final ParkSimulator sim;

    private ControlApi(HttpServer http, ExecutorService executor, ParkSimulator sim) {
        this.http = http;
        this.executor = executor;
        this.sim = sim;
    }

    /** Binds (port 0: a free port) and starts serving. */
    public static ControlApi start(String bindAddress, int port, ParkSimulator sim)
            throws IOException {
        HttpServer http =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getByName(bindAddress), port), 16);
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        2,
                        r -> {
                            Thread t = new Thread(r, "parkwatch-sim-control");
                            t.setDaemon(true);
                            return t;
                        });
        ControlApi api = new ControlApi(http, executor, sim);
        http.createContext("/health", api::health);
        http.createContext("/scenarios", api::scenarios);
        http.setExecutor(executor);
        http.start();
        return api;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public void stop() {
        http.stop(0);
        executor.shutdownNow();
    }

    private void health(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET")) {
            reply(
                    ex,
                    405,
                    error(
                            "method " + ex.getRequestMethod() + " not allowed on /health; use GET",
                            null));
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("status", "UP");
        ObjectNode servers = body.putObject("servers");
        sim.endpointUrls()
                .forEach(
                        (id, url) ->
                                servers.putObject(id)
                                        .put("endpointUrl", url)
                                        .put("running", sim.isServerRunning(id)));
        body.put("tickMs", sim.options().tickMs());
        body.put("activeScenarios", sim.scenarios().active().size());
        reply(ex, 200, body);
    }

    private void scenarios(HttpExchange ex) throws IOException {
        try {
            String rest = ex.getRequestURI().getPath().substring("/scenarios".length());
            String arg = rest.startsWith("/") ? rest.substring(1) : rest;
            if (!rest.isEmpty() && !rest.startsWith("/")) {
                reply(ex, 404, error("no such resource " + ex.getRequestURI().getPath(), null));
                return;
            }
            switch (ex.getRequestMethod()) {
                case "GET" -> reply(ex, 200, list());
                case "POST" -> startScenario(ex, arg);
                case "DELETE" -> stopScenario(ex, arg);
                default ->
                        reply(
                                ex,
                                405,
                                error(
                                        "method "
                                                + ex.getRequestMethod()
                                                + " not allowed on /scenarios",
                                        null));
            }
        } catch (ScenarioOptionException e) {
            reply(ex, 400, error(e.getMessage(), e.option()));
        } catch (IllegalArgumentException e) {
            reply(ex, 400, error(e.getMessage(), null));
        } catch (RuntimeException e) {
            LOG.error("control request {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            reply(ex, 500, error("internal error: " + e.getMessage(), null));
        }
    }

    private ObjectNode list() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode available = body.putArray("available");
        for (ScenarioType t : sim.scenarios().types()) {
            ObjectNode n =
                    available
                            .addObject()
                            .put("name", t.name())
                            .put("descriptionZh", t.descriptionZh())
                            .put("descriptionEn", t.descriptionEn());
            t.options().forEach(n.putArray("options")::add);
        }
        ArrayNode active = body.putArray("active");
        sim.scenarios().active().forEach(a -> active.add(describe(a)));
        return body;
    }

    private void startScenario(HttpExchange ex, String name) throws IOException {
        if (name.isEmpty()) {
            throw new ScenarioOptionException(
                    "name",
                    "POST /scenarios/<name>: scenario name missing; expected one of "
                            + sim.scenarios().types().stream().map(ScenarioType::name).toList());
        }
        ScenarioEngine.Active a = sim.scenarios().start(name, readOptions(ex.getRequestBody()));
        reply(ex, 201, describe(a));
    }

    private void stopScenario(HttpExchange ex, String id) throws IOException {
        if (id.isEmpty()) {
            reply(ex, 200, JSON.createObjectNode().put("cleared", sim.scenarios().clear()));
        } else if (sim.scenarios().stop(id)) {
            reply(ex, 200, JSON.createObjectNode().put("stopped", id));
        } else {
            reply(ex, 404, error("no active scenario '" + id + "'", null));
        }
    }

    /** A JSON object of scalar options (an empty body means no options). */
    static Map<String, String> readOptions(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES)
            throw new IllegalArgumentException("request body over " + MAX_BODY_BYTES + " bytes");
        Map<String, String> options = new LinkedHashMap<>();
        String text = new String(bytes, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) return options;
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "request body is not JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject())
            throw new IllegalArgumentException("request body must be a JSON object of options");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isValueNode() || f.getValue().isNull()) {
                throw new ScenarioOptionException(
                        f.getKey(),
                        "option '" + f.getKey() + "' must be a string, number or boolean");
            }
            options.put(f.getKey(), f.getValue().asText());
        }
        return options;
    }

    private static ObjectNode describe(ScenarioEngine.Active a) {
        ObjectNode n =
                JSON.createObjectNode()
                        .put("id", a.id())
                        .put("name", a.name())
                        .put("startedAt", a.startedAt().toString())
                        .put("drill", a.drill());
        n.set("options", JSON.valueToTree(a.scenario().options()));
        return n;
    }

    private static ObjectNode error(String message, String option) {
        ObjectNode n = JSON.createObjectNode().put("error", message);
        if (option != null) n.put("option", option);
        return n;
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
