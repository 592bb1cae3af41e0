package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The kiosk listener ({@code public.http.port}) serves the public page, its files and {@code
 * /api/public/*}, and answers 404 for everything else the main listener has: the other APIs, login,
 * the socket, the other pages.
 */
class KioskListenerTest {
    private static final HttpClient HTTP = TestHttp.CLIENT;
    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static PublicDisplayService service;

    @BeforeAll
    static void start() throws Exception {
        backend =
                new ParkWatchApp(
                        TestBackend.config(
                                dir,
                                Map.of(
                                        "public.http.port",
                                        "0",
                                        "public.delaySeconds",
                                        "0",
                                        "public.snapshotMs",
                                        "1000",
                                        "risk.qra.autoStart",
                                        "false")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        service = backend.capabilities().publicDisplay().service();
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.kioskPort() + path))
                        .timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnItsOwnPort() {
        assertTrue(service.kioskPort() > 0);
        assertTrue(service.kioskPort() != backend.ports().http());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/public",
                "/",
                "/api/public/status",
                "/api/public/air",
                "/api/public/park",
                "/api/public/disclosure",
                "/js/public/main.js",
                "/js/i18n/index.js",
                "/js/api.js",
                "/css/public.css",
                "/webjars/ol/10.7.0/dist/ol.js",
                "/webjars/echarts/5.5.0/echarts.esm.min.js"
            })
    void servesThePublicPageItsFilesAndApi(String path) throws Exception {
        HttpResponse<String> r = send("GET", path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(
                r.headers().firstValue("Content-Security-Policy").isPresent(),
                path + " has the security headers");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/tags",
                "/api/alarms",
                "/api/hazards",
                "/api/auth/me",
                "/api/health",
                "/ws",
                "/screen",
                "/index.html",
                "/js/main.js",
                "/js/screen/main.js",
                "/js/alarms/api.js",
                "/metrics",
                "/ogc",
                "/api/layers/tanks",
                "/js/public/../main.js"
            })
    void knowsNothingElse(String path) throws Exception {
        assertEquals(404, send("GET", path).statusCode(), path);
    }

    @Test
    void loginDoesNotExistHere() throws Exception {
        assertEquals(404, send("POST", "/api/auth/login").statusCode());
    }

    @Test
    void publicPageIsTheKioskPage() throws Exception {
        assertTrue(send("GET", "/public").body().contains("js/public/main.js"));
    }
}
