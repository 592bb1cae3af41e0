package org.parkwatch.bridge.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line for the simulator's control API, behind {@code ./parkwatch scenario}:
 *
 * <pre>
 *   ScenarioCli [--url http://127.0.0.1:8088] &lt;name&gt; [key=value …]   start a scenario (POST /scenarios/&lt;name&gt;);
 *                                                                  drill=true runs it as a drill (演练)
 *   ScenarioCli [--url …] list                                     GET /scenarios
 *   ScenarioCli [--url …] stop &lt;id&gt;                                DELETE /scenarios/&lt;id&gt;
 *   ScenarioCli [--url …] clear                                    DELETE /scenarios
 * </pre>
 *
 * Prints the JSON reply; exit code 0 on success, 1 when the simulator refuses, 2 on usage or
 * connection errors. The default URL comes from {@code PARKWATCH_SIM_CONTROL_URL} if set.
 */
public final class ScenarioCli {
    static final String DEFAULT_URL = "http://127.0.0.1:" + SimulatorOptions.DEFAULT_CONTROL_PORT;

    static final String TRUCKS_URL =
            "http://127.0.0.1:" + org.parkwatch.bridge.trucks.TruckFleetMain.DEFAULT_CONTROL_PORT;
    static final java.util.Set<String> TRUCK_SCENARIOS =
            java.util.Set.of(
                    org.parkwatch.bridge.trucks.TruckFleetMain.DEVIATION,
                    org.parkwatch.bridge.trucks.TruckFleetMain.UNLICENSED);

    private ScenarioCli() {}

    public static void main(String[] args) {
        String envUrl = System.getenv("PARKWATCH_SIM_CONTROL_URL");
        System.exit(run(args, envUrl == null ? DEFAULT_URL : envUrl));
    }

    /** Runs the command and returns the exit code (for tests). */
    static int run(String[] args, String defaultUrl) {
        String url = defaultUrl;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url") && i + 1 < args.length) url = args[++i];
            else if (args[i].startsWith("--url=")) url = args[i].substring("--url=".length());
            else rest.add(args[i]);
        }
        if (rest.isEmpty()) {
            System.err.println(
                    "usage: scenario [--url URL] <name> [key=value ...] | list | stop <id> | clear");
            return 2;
        }
        String cmd = rest.get(0);
        // the truck scenarios (issue 16) are served by the truck simulator, not the DCS simulator
        if (TRUCK_SCENARIOS.contains(cmd)) {
            String trucks = System.getenv("PARKWATCH_TRUCKS_CONTROL_URL");
            url = trucks == null ? TRUCKS_URL : trucks;
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        HttpRequest.Builder req;
        switch (cmd) {
            case "list" -> req = HttpRequest.newBuilder(URI.create(base + "/scenarios")).GET();
            case "clear" -> req = HttpRequest.newBuilder(URI.create(base + "/scenarios")).DELETE();
            case "stop" -> {
                if (rest.size() != 2) {
                    System.err.println("usage: scenario stop <id>   (ids: see 'scenario list')");
                    return 2;
                }
                String id = rest.get(1).startsWith("id=") ? rest.get(1).substring(3) : rest.get(1);
                req = HttpRequest.newBuilder(URI.create(base + "/scenarios/" + id)).DELETE();
            }
            default -> {
                Map<String, String> options = new LinkedHashMap<>();
                for (String kv : rest.subList(1, rest.size())) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        System.err.println("option '" + kv + "' is not of the form key=value");
                        return 2;
                    }
                    options.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                req =
                        HttpRequest.newBuilder(URI.create(base + "/scenarios/" + cmd))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                toJson(options), StandardCharsets.UTF_8));
            }
        }
        try {
            HttpResponse<String> resp =
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build()
                            .send(
                                    req.timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofString());
            System.out.println(resp.body());
            return resp.statusCode() / 100 == 2 ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("cannot reach the simulator at " + base + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** Options as a JSON object of strings (the simulator converts numbers itself). */
    static String toJson(Map<String, String> options) {
        StringBuilder b = new StringBuilder("{");
        options.forEach(
                (k, v) -> {
                    if (b.length() > 1) b.append(',');
                    b.append(quote(k)).append(':').append(quote(v));
                });
        return b.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
