package org.parkwatch.backend.risk.qra;

import org.parkwatch.backend.TestHttp;
import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.hazard.HazardService;
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

/** A backend on free ports with the demo park, the hazard module and the QRA installed. */
final class QraBackend implements AutoCloseable {
    private static final HttpClient HTTP = TestHttp.CLIENT;

    final ParkWatchApp backend;
    final QraService qra;
    final ParkWatchApp.Ports ports;

    private QraBackend(ParkWatchApp backend, QraService qra, ParkWatchApp.Ports ports) {
        this.backend = backend;
        this.qra = qra;
        this.ports = ports;
    }

    /** @param overrides configuration keys; the QRA's cells default to 50 m here to keep runs short */
    static QraBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("risk.qra.cellM", "50");
        all.put("risk.qra.startDelayMs", "1");
        all.put("hazard.regradeMs", "50");
        all.putAll(overrides);
        TestBackend t = TestBackend.startAll(TestBackend.config(dataDir, all), ParkCatalog.loadDemo());
        return new QraBackend(t.backend, t.capabilities().qra().service(), t.ports);
    }

    /** GET as the administrator (bearer token from a real login, see TestAuth). */
    HttpResponse<String> get(String path) throws Exception {
        return send(admin(path).GET());
    }

    /** GET with another caller's bearer token. */
    HttpResponse<String> get(String path, String bearerToken) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearerToken).GET());
    }

    HttpResponse<String> post(String path) throws Exception {
        return send(admin(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return send(admin(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonObject getObject(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonObject(r.body());
    }

    /** The latest run's summary, or null. */
    JsonObject latest() throws Exception {
        return getObject("/api/risk/qra").getJsonObject("latest");
    }

    private HttpRequest.Builder admin(String path) throws Exception {
        return TestAuth.asAdmin(backend, HttpRequest.newBuilder(uri(path)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ports.http() + path);
    }

    @Override
    public void close() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
