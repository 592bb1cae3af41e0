package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.model.park.ParkCatalog;

/**
 * A backend on free ports with the demo park and the hazard module installed (regrade interval 50
 * ms).
 */
final class HazardBackend implements AutoCloseable {
    static final long REGRADE_MS = 50;

    final ParkWatchApp backend;
    final HazardService hazards;
    final ParkWatchApp.Ports ports;

    private final TestBackend t;

    private HazardBackend(TestBackend t) {
        this.t = t;
        this.backend = t.backend;
        this.hazards = t.capabilities().hazards().service();
        this.ports = t.ports;
    }

    static HazardBackend start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /**
     * @param overrides configuration keys, e.g. {@code db.enabled=true}
     */
    static HazardBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> all =
                new HashMap<>(
                        Map.of(
                                "hazard.regradeMs",
                                String.valueOf(REGRADE_MS),
                                "risk.qra.autoStart",
                                "false"));
        all.putAll(overrides);
        TestBackend t =
                TestBackend.startAll(TestBackend.config(dataDir, all), ParkCatalog.loadDemo());
        return new HazardBackend(t);
    }

    HttpResponse<String> get(String path) throws Exception {
        return t.get(path);
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return t.post(path, contentType, body);
    }

    HttpResponse<String> put(String path, String body) throws Exception {
        return t.put(path, body);
    }

    HttpResponse<String> delete(String path) throws Exception {
        return t.delete(path);
    }

    JsonObject getObject(String path) throws Exception {
        return t.getObject(path);
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
