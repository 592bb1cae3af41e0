package org.parkwatch.backend;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.app.Capabilities;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.ParkCatalog;

/**
 * A backend on free ports with the test park (src/test/resources/test-park), plus a small HTTP
 * client that logs in as the administrator ({@link TestAuth}).
 */
public final class TestBackend implements AutoCloseable {
    private static final HttpClient HTTP = TestHttp.CLIENT;

    public final ParkWatchApp backend;
    public final ParkWatchApp.Ports ports;

    private TestBackend(ParkWatchApp backend, ParkWatchApp.Ports ports) {
        this.backend = backend;
        this.ports = ports;
    }

    public static Path testParkDir() {
        try {
            return Path.of(
                            TestBackend.class
                                    .getClassLoader()
                                    .getResource("test-park/park.json")
                                    .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ParkCatalog testPark() {
        return ParkCatalog.load(testParkDir());
    }

    public static ParkWatchConfig config(Path dataDir, Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>();
        all.put("http.host", "127.0.0.1");
        all.put("http.port", "0");
        all.put("mqtt.embedded.port", "0");
        all.put("data.dir", dataDir.toString());
        all.put("live.staleCheckMs", "100");
        all.put(
                "live.refreshMs",
                "100"); // bridges in tests do not refresh; keep stale detection at 3 x sampling
        all.put("push.flushMs", "50");
        all.put(
                "db.enabled",
                "false"); // store tests (platform.db) switch it on where they need the database
        // tests of other capabilities publish without credentials; the uplink security tests switch
        // this off
        all.put("mqtt.allowAnonymous", "true");
        all.putAll(overrides);
        return new ConfigLoader().load(all);
    }

    public static TestBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        return start(config(dataDir, overrides), testPark());
    }

    /**
     * The live core only (ingest, live state, push, layers, history, security), as most capability
     * tests need.
     */
    public static TestBackend start(ParkWatchConfig config, ParkCatalog park) throws Exception {
        return start(config, park, ParkWatchOptions.defaults().withScope(ParkWatchApp.Scope.CORE));
    }

    /**
     * Longest wait for a start, seconds: 90, or {@code -Dparkwatch.test.startSeconds} (a 2-core
     * machine shared by several builds has needed more).
     */
    static final long START_SECONDS = Long.getLong("parkwatch.test.startSeconds", 90);

    /** Every capability, as the running platform has them. */
    public static TestBackend startAll(ParkWatchConfig config, ParkCatalog park) throws Exception {
        return start(config, park, ParkWatchOptions.defaults());
    }

    /** The composition root with these options (scope, secrets, extra routes or listeners). */
    public static TestBackend start(
            ParkWatchConfig config, ParkCatalog park, ParkWatchOptions options) throws Exception {
        ParkWatchApp b = new ParkWatchApp(config, park, options);
        try {
            ParkWatchApp.Ports p =
                    b.start()
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get(START_SECONDS, TimeUnit.SECONDS);
            return new TestBackend(b, p);
        } catch (Exception e) {
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** The built capabilities (with {@link #startAll}). */
    public Capabilities capabilities() {
        return backend.capabilities();
    }

    /** GET as the administrator (bearer token from a real login). */
    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest req =
                TestAuth.asAdmin(backend, HttpRequest.newBuilder(uri(path)))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request of any method as the administrator; {@code body} null sends none. UTF-8 both ways.
     */
    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest.Builder req = adminRequest(path).timeout(Duration.ofSeconds(20));
        if (contentType != null) req.header("Content-Type", contentType);
        req.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String contentType, String body)
            throws Exception {
        return send("POST", path, contentType, body);
    }

    public HttpResponse<String> put(String path, String json) throws Exception {
        return send("PUT", path, "application/json", json);
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send("DELETE", path, null, null);
    }

    /**
     * A request builder for {@code path} with the administrator's bearer token (a real login, see
     * TestAuth).
     */
    public HttpRequest.Builder adminRequest(String path) throws Exception {
        return TestAuth.asAdmin(backend, HttpRequest.newBuilder(uri(path)));
    }

    /** GET without credentials. */
    public HttpResponse<String> getAnonymous(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ports.http() + path);
    }

    /** The administrator's bearer token. */
    public String adminToken() throws Exception {
        return TestAuth.adminToken(backend);
    }

    public JsonObject getObject(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200)
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonObject(r.body());
    }

    public JsonArray getArray(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200)
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return new JsonArray(r.body());
    }

    /** The feed entry of an enterprise from /api/feeds. */
    public JsonObject feed(String enterpriseId) throws Exception {
        for (Object o : getArray("/api/feeds")) {
            JsonObject f = (JsonObject) o;
            if (f.getString("enterpriseId").equals(enterpriseId)) return f;
        }
        throw new AssertionError("no feed " + enterpriseId);
    }

    /** The bridge entry of a feed, or null. */
    public JsonObject bridge(String enterpriseId, String bridgeId) throws Exception {
        for (Object o : feed(enterpriseId).getJsonArray("bridges")) {
            JsonObject b = (JsonObject) o;
            if (b.getString("bridgeId").equals(bridgeId)) return b;
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
