package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.hazard.HazardModule;
import org.parkwatch.backend.hazard.HazardService;
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

/** A backend on free ports with the demo park, the hazard module and the QRA installed. */
final class QraBackend implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ParkWatchBackend backend;
    final QraService qra;
    final ParkWatchBackend.Ports ports;

    private QraBackend(ParkWatchBackend backend, QraService qra, ParkWatchBackend.Ports ports) {
        this.backend = backend;
        this.qra = qra;
        this.ports = ports;
    }

    /** @param overrides configuration keys; the QRA's cells default to 50 m here to keep runs short */
    static QraBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        return start(dataDir, overrides, b -> { });
    }

    /** @param before runs on the backend before the modules are installed (e.g. to add a route in front) */
    static QraBackend start(Path dataDir, Map<String, String> overrides,
                            java.util.function.Consumer<ParkWatchBackend> before) throws Exception {
        Map<String, String> all = new HashMap<>();
        all.put("risk.qra.cellM", "50");
        all.put("risk.qra.startDelayMs", "1");
        all.putAll(overrides);
        ParkWatchBackend b = new ParkWatchBackend(TestBackend.config(dataDir, all), ParkCatalog.loadDemo());
        before.accept(b);
        HazardService h = HazardModule.install(b, 50);
        QraService q = RiskModule.install(b, h);
        try {
            ParkWatchBackend.Ports p = b.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            return new QraBackend(b, q, p);
        } catch (Exception e) {
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            throw e;
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> get(String path, String header, String value) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
    }

    HttpResponse<String> post(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
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

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ports.http() + path);
    }

    @Override
    public void close() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
