package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.model.park.ParkCatalog;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A backend on free ports with the demo park and the hazard module installed (regrade interval 50 ms). */
final class HazardBackend implements AutoCloseable {
    static final long REGRADE_MS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ParkWatchApp backend;
    final HazardService hazards;
    final ParkWatchApp.Ports ports;

    private HazardBackend(ParkWatchApp backend, HazardService hazards, ParkWatchApp.Ports ports) {
        this.backend = backend;
        this.hazards = hazards;
        this.ports = ports;
    }

    static HazardBackend start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /** @param overrides configuration keys, e.g. {@code db.enabled=true} */
    static HazardBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("hazard.regradeMs", String.valueOf(REGRADE_MS),
                "risk.qra.autoStart", "false"));
        all.putAll(overrides);
        TestBackend t = TestBackend.startAll(TestBackend.config(dataDir, all), ParkCatalog.loadDemo());
        return new HazardBackend(t.backend, t.capabilities().hazards().service(), t.ports);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String body) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> delete(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonObject getObject(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonObject(r.body());
    }

    /** A request as the administrator (bearer token from a real login, see TestAuth). */
    HttpRequest.Builder request(String path) throws Exception {
        return TestAuth.asAdmin(backend, HttpRequest.newBuilder(uri(path)));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ports.http() + path);
    }

    @Override
    public void close() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
