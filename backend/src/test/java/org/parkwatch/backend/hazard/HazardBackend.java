package org.parkwatch.backend.hazard;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A backend on free ports with the demo park and the hazard module installed (regrade interval 50 ms). */
final class HazardBackend implements AutoCloseable {
    static final long REGRADE_MS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final ParkWatchBackend backend;
    final HazardService hazards;
    final ParkWatchBackend.Ports ports;

    private HazardBackend(ParkWatchBackend backend, HazardService hazards, ParkWatchBackend.Ports ports) {
        this.backend = backend;
        this.hazards = hazards;
        this.ports = ports;
    }

    static HazardBackend start(Path dataDir) throws Exception {
        return start(dataDir, Map.of());
    }

    /** @param overrides configuration keys, e.g. {@code db.enabled=true} */
    static HazardBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        ParkWatchBackend b = new ParkWatchBackend(TestBackend.config(dataDir, overrides), ParkCatalog.loadDemo());
        HazardService h = HazardModule.install(b, REGRADE_MS);
        ParkWatchBackend.Ports p = b.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new HazardBackend(b, h, p);
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
