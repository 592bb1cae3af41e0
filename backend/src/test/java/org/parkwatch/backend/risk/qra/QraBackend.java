package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonObject;
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

/** A backend on free ports with the demo park, the hazard module and the QRA installed. */
final class QraBackend implements AutoCloseable {

    final ParkWatchApp backend;
    final QraService qra;
    final ParkWatchApp.Ports ports;

    private final TestBackend t;

    private QraBackend(TestBackend t) {
        this.t = t;
        this.backend = t.backend;
        this.qra = t.capabilities().qra().service();
        this.ports = t.ports;
    }

    /**
     * @param overrides configuration keys; the QRA's cells default to 50 m here to keep runs short
     */
    static QraBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("risk.qra.cellM", "50");
        all.put("risk.qra.startDelayMs", "1");
        all.put("hazard.regradeMs", "50");
        all.putAll(overrides);
        TestBackend t =
                TestBackend.startAll(TestBackend.config(dataDir, all), ParkCatalog.loadDemo());
        return new QraBackend(t);
    }

    /** GET as the administrator (bearer token from a real login, see TestAuth). */
    HttpResponse<String> get(String path) throws Exception {
        return t.get(path);
    }

    /** GET with another caller's bearer token. */
    HttpResponse<String> get(String path, String bearerToken) throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(t.uri(path))
                        .header("Authorization", "Bearer " + bearerToken)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path) throws Exception {
        return t.post(path, null, null);
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return t.put(path, json);
    }

    JsonObject getObject(String path) throws Exception {
        return t.getObject(path);
    }

    /** The latest run's summary, or null. */
    JsonObject latest() throws Exception {
        return getObject("/api/risk/qra").getJsonObject("latest");
    }

    @Override
    public void close() throws Exception {
        t.close();
    }
}
