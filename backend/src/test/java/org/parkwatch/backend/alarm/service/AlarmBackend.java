package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.model.park.ParkCatalog;

/**
 * A backend on free ports with the demo park, the embedded H2GIS store and the alarm module
 * installed.
 */
final class AlarmBackend implements AutoCloseable {

    final ParkWatchApp backend;
    final AlarmService alarms;
    final ParkWatchApp.Ports ports;

    private final TestBackend t;

    private AlarmBackend(TestBackend t) {
        this.t = t;
        this.backend = t.backend;
        this.alarms = t.capabilities().alarms().service();
        this.ports = t.ports;
    }

    static AlarmBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> cfg =
                new HashMap<>(Map.of("db.enabled", "true", "risk.qra.autoStart", "false"));
        cfg.putAll(overrides);
        // every capability, with more time to start: the demo park's import is slow on a busy
        // two-core machine
        TestBackend t =
                TestBackend.startAll(TestBackend.config(dataDir, cfg), ParkCatalog.loadDemo());
        return new AlarmBackend(t);
    }

    HttpResponse<String> get(String path) throws Exception {
        return t.get(path);
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return t.post(path, "application/json", body);
    }

    /** A POST with the bearer token of another user (see TestAuth.token). */
    HttpResponse<String> postAs(String token, String path, String body) throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String body) throws Exception {
        return t.put(path, body);
    }

    JsonObject getObject(String path) throws Exception {
        return t.getObject(path);
    }

    JsonArray getArray(String path) throws Exception {
        return t.getArray(path);
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
        return t.adminRequest(path);
    }

    URI uri(String path) {
        return t.uri(path);
    }

    @Override
    public void close() throws Exception {
        t.close();
    }
}
