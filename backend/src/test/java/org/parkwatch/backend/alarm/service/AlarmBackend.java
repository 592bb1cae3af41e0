package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.platform.ParkWatchBackend;
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

/** A backend on free ports with the demo park, the embedded H2GIS store and the alarm module installed. */
final class AlarmBackend implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ParkWatchBackend backend;
    final AlarmService alarms;
    final ParkWatchBackend.Ports ports;

    private AlarmBackend(ParkWatchBackend backend, AlarmService alarms, ParkWatchBackend.Ports ports) {
        this.backend = backend;
        this.alarms = alarms;
        this.ports = ports;
    }

    static AlarmBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> cfg = new HashMap<>(Map.of("db.enabled", "true"));
        cfg.putAll(overrides);
        ParkWatchBackend b = new ParkWatchBackend(TestBackend.config(dataDir, cfg), ParkCatalog.loadDemo());
        AlarmService a = AlarmModule.install(b);
        ParkWatchBackend.Ports p = b.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        return new AlarmBackend(b, a, p);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST with the bearer token of another user (see TestAuth.token). */
    HttpResponse<String> postAs(String token, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String body) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonObject getObject(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonObject(r.body());
    }

    JsonArray getArray(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonArray(r.body());
    }

    /** The alarm of that id in GET /api/alarms, or null. */
    JsonObject active(String alarmId) throws Exception {
        for (Object o : getArray("/api/alarms")) {
            if (((JsonObject) o).getString("id").equals(alarmId)) return (JsonObject) o;
        }
        return null;
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
