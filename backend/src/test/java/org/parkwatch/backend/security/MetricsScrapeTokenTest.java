package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.ingest.uplink.PasswordHash;
import org.parkwatch.backend.platform.config.ConfigLoader;

/** The Prometheus scrape token opens /metrics and nothing else; a short one stops the start. */
class MetricsScrapeTokenTest {
    private static final HttpClient HTTP = TestHttp.CLIENT;

    @Test
    void scrapeTokenReadsMetricsOnly(@TempDir Path dir) throws Exception {
        String token = PasswordHash.randomPassword(); // 32 random URL-safe characters
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of()),
                        TestBackend.testPark(),
                        ParkWatchOptions.defaults()
                                .withScope(ParkWatchApp.Scope.CORE)
                                .withSecrets(
                                        name ->
                                                name.equals("PARKWATCH_METRICS_TOKEN")
                                                        ? token
                                                        : null));
        b.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try {
            HttpResponse<String> metrics = get(b, "/metrics", token);
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(
                    metrics.body().contains("parkwatch_"),
                    "Prometheus text with the platform's metrics");
            assertEquals(
                    401, get(b, "/api/tags", token).statusCode(), "the scrape token is no login");
            assertEquals(401, get(b, "/metrics", token + "x").statusCode());
            assertEquals(401, get(b, "/metrics", null).statusCode());
            // a real login still works on /metrics for roles that hold metrics:read
            assertEquals(
                    200, get(b, "/metrics", TestAuth.token(b, Role.REGULATOR, null)).statusCode());
            assertEquals(
                    403,
                    get(b, "/metrics", TestAuth.token(b, Role.ENTERPRISE, "T01")).statusCode());
        } finally {
            b.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void shortScrapeTokenStopsTheStartNamingTheVariable(@TempDir Path dir) {
        Map<String, String> cfg =
                new HashMap<>(Map.of("security.metricsTokenEnv", "PW_TEST_SCRAPE"));
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(dir, cfg),
                        TestBackend.testPark(),
                        ParkWatchOptions.defaults()
                                .withScope(ParkWatchApp.Scope.CORE)
                                .withSecrets(
                                        name ->
                                                name.equals("PW_TEST_SCRAPE")
                                                        ? "too-short"
                                                        : null));
        Exception e =
                assertThrows(
                        Exception.class,
                        () ->
                                b.start()
                                        .toCompletionStage()
                                        .toCompletableFuture()
                                        .get(30, TimeUnit.SECONDS));
        assertTrue(
                String.valueOf(e.getCause())
                        .contains("PW_TEST_SCRAPE must hold at least 32 characters"),
                String.valueOf(e.getCause()));
        b.stop();
    }

    @Test
    void theScrapeVariableIsNotTakenForAnUnknownSetting() {
        // ConfigLoader rejects unknown PARKWATCH_* variables; the secret's own variable is not one
        // of them
        new ConfigLoader().load(new String[0], Map.of("PARKWATCH_METRICS_TOKEN", "x".repeat(40)));
    }

    private static HttpResponse<String> get(ParkWatchApp b, String path, String token)
            throws Exception {
        HttpRequest.Builder r =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.ports().http() + path))
                        .timeout(Duration.ofSeconds(10));
        if (token != null) r.header("Authorization", "Bearer " + token);
        return HTTP.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
