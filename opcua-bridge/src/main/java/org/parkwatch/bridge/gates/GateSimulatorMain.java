package org.parkwatch.bridge.gates;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's gate simulator: every gate device whose secret the backend wrote to the secrets folder
 * ({@code logistics.gates.demoSecretsDir}) reports over the gates' HTTP push API with its own
 * credentials. People and vehicles of each enterprise follow a {@link GateDay} on the park's local
 * time, entering through the park's main gate ({@code PARK-GATE1}) and their enterprise's gate.
 * Usage: {@code GateSimulatorMain <backend URL> <secrets folder> [stepMs]}.
 */
public final class GateSimulatorMain {
    private static final Logger LOG = LoggerFactory.getLogger(GateSimulatorMain.class);
    private static final String PARK_GATE = "PARK-GATE1";
    private static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");

    private record Gate(String id, String secret) {}

    private GateSimulatorMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GateSimulatorMain <backend URL> <secrets folder> [stepMs]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        Path dir = Path.of(args[1]);
        long stepMs = args.length > 2 ? Long.parseLong(args[2]) : 2000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Gate> gates = waitForGates(dir);
        Gate park = gates.stream().filter(g -> g.id().equals(PARK_GATE)).findFirst().orElse(null);
        if (park == null) {
            LOG.error(
                    "no secret for {} in {}: is the backend started with logistics.gates.demoSecretsDir?",
                    PARK_GATE,
                    dir);
            System.exit(1);
        }
        List<Gate> sites = gates.stream().filter(g -> g.id().endsWith("-GATE")).toList();
        List<GateDay> days = new ArrayList<>();
        for (Gate g : sites) {
            String enterprise = g.id().substring(0, g.id().length() - "-GATE".length());
            int staff = 60 + Math.floorMod(enterprise.hashCode() * 31, 140);
            days.add(
                    new GateDay(
                            enterprise,
                            staff,
                            2 + Math.floorMod(enterprise.hashCode(), 5),
                            enterprise.hashCode()));
        }
        LOG.info(
                "gate simulator: {} enterprise gates behind {}, a step every {} ms",
                sites.size(),
                PARK_GATE,
                stepMs);
        while (true) {
            ZonedDateTime now = ZonedDateTime.now(PARK_ZONE);
            double hour = now.getHour() + now.getMinute() / 60.0;
            for (int i = 0; i < days.size(); i++) {
                for (GateDay.Passage p : days.get(i).step(hour)) {
                    send(http, base, p.parkGate() ? park : sites.get(i), p);
                }
            }
            Thread.sleep(stepMs);
        }
    }

    private static List<Gate> waitForGates(Path dir) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            if (Files.isDirectory(dir)) {
                List<Gate> out = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        out.add(
                                new Gate(
                                        f.getFileName().toString(),
                                        Files.readString(f, StandardCharsets.UTF_8).trim()));
                    }
                }
                if (!out.isEmpty()) return out;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no gate secrets appeared in " + dir);
    }

    private static void send(HttpClient http, String base, Gate gate, GateDay.Passage p) {
        String body =
                "{\"kind\":\""
                        + (p.person() ? "person" : "vehicle")
                        + "\",\"direction\":\""
                        + (p.entering() ? "in" : "out")
                        + "\",\""
                        + (p.person() ? "cardId" : "plate")
                        + "\":\""
                        + p.subject()
                        + "\"}";
        String auth =
                Base64.getEncoder()
                        .encodeToString(
                                (gate.id() + ":" + gate.secret()).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    base
                                                            + "/api/gate-devices/"
                                                            + gate.id()
                                                            + "/events"))
                                    .header("Authorization", "Basic " + auth)
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    body, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200)
                LOG.warn("gate {}: {} {}", gate.id(), r.statusCode(), r.body());
        } catch (Exception e) {
            LOG.warn("gate {}: {}", gate.id(), e.toString());
        }
    }
}
