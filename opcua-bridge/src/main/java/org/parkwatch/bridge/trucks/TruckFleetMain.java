package org.parkwatch.bridge.trucks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The demo's truck simulator process ({@code ./parkwatch demo} starts it): drives the park's demo
 * trucks ({@link TruckFleet}) and serves the truck scenarios on a small control API on loopback —
 * {@code POST /scenarios/truck-deviation} (option {@code truck}: a plate), {@code POST
 * /scenarios/unlicensed-truck}, {@code GET /scenarios} — which {@code ./parkwatch scenario} calls.
 * Environment: {@code PARKWATCH_TRUCKS_JT808} (host:port of the park's JT/T 808 server, default
 * 127.0.0.1:8808), {@code PARKWATCH_TRUCKS_SECRETS} (folder for the terminals' codes, required),
 * {@code PARKWATCH_TRUCKS_CONTROL_PORT} (default {@value #DEFAULT_CONTROL_PORT}), {@code
 * PARKWATCH_TRUCKS_REPORT_MS} (default 2000).
 */
public final class TruckFleetMain {
    public static final int DEFAULT_CONTROL_PORT = 8089;
    public static final String DEVIATION = "truck-deviation";
    public static final String UNLICENSED = "unlicensed-truck";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TruckFleetMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String secrets = env.get("PARKWATCH_TRUCKS_SECRETS");
        if (secrets == null || secrets.isBlank()) {
            System.err.println("parkwatch trucks: PARKWATCH_TRUCKS_SECRETS (a folder) is required");
            System.exit(2);
        }
        String[] hp = env.getOrDefault("PARKWATCH_TRUCKS_JT808", "127.0.0.1:8808").split(":");
        int controlPort =
                Integer.parseInt(
                        env.getOrDefault(
                                "PARKWATCH_TRUCKS_CONTROL_PORT",
                                String.valueOf(DEFAULT_CONTROL_PORT)));
        long reportMs = Long.parseLong(env.getOrDefault("PARKWATCH_TRUCKS_REPORT_MS", "2000"));
        TruckFleet fleet =
                new TruckFleet(
                        DemoFleet.of(ParkCatalog.loadDemo()),
                        hp[0],
                        Integer.parseInt(hp[1]),
                        Path.of(secrets),
                        reportMs);
        fleet.start();
        HttpServer http =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), controlPort), 8);
        http.createContext("/scenarios", ex -> scenarios(ex, fleet));
        http.start();
        System.out.println(
                "truck simulator: "
                        + fleet.plates().size()
                        + " trucks to "
                        + String.join(":", hp)
                        + ", control on 127.0.0.1:"
                        + controlPort);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    http.stop(0);
                                    fleet.close();
                                    stop.countDown();
                                }));
        stop.await();
    }

    static void scenarios(HttpExchange ex, TruckFleet fleet) throws IOException {
        String path = ex.getRequestURI().getPath();
        String name = path.replaceFirst("^/scenarios/?", "");
        String method = ex.getRequestMethod();
        if (method.equals("GET") && name.isEmpty()) {
            ObjectNode body = JSON.createObjectNode();
            body.putArray("available").add(DEVIATION).add(UNLICENSED);
            ObjectNode s = body.putObject("trucks");
            fleet.status().forEach(s::put);
            reply(ex, 200, body);
            return;
        }
        if (!method.equals("POST")) {
            reply(ex, 405, error("use POST /scenarios/" + DEVIATION + " or " + UNLICENSED));
            return;
        }
        JsonNode options;
        try {
            byte[] in = ex.getRequestBody().readAllBytes();
            options = in.length == 0 ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            reply(ex, 400, error("the options are not a JSON object: " + e.getMessage()));
            return;
        }
        Optional<String> plate;
        switch (name) {
            case DEVIATION -> {
                String want = options.path("truck").asText(null);
                plate = fleet.deviate(want);
                if (plate.isEmpty()) {
                    reply(
                            ex,
                            400,
                            error(
                                    "truck: no demo truck "
                                            + (want == null ? "with a detour" : "'" + want + "'")
                                            + "; trucks: "
                                            + fleet.plates()));
                    return;
                }
            }
            case UNLICENSED -> {
                plate = fleet.sendUnlicensed();
                if (plate.isEmpty()) {
                    reply(ex, 400, error("the park's demo fleet has no scenario-only truck"));
                    return;
                }
            }
            default -> {
                reply(
                        ex,
                        404,
                        error(
                                "no truck scenario '"
                                        + name
                                        + "'; available: "
                                        + DEVIATION
                                        + ", "
                                        + UNLICENSED));
                return;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("scenario", name).put("truck", plate.get());
        reply(ex, 201, body);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
