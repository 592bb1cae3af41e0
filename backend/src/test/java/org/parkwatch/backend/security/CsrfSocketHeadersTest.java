package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;

/**
 * CSRF refusal for cookie writes, the WebSocket's login and Origin checks, and the security
 * headers.
 */
class CsrfSocketHeadersTest {
    @TempDir static Path dir;
    private static TestBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = TestBackend.start(dir, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    private static String host() {
        return "127.0.0.1:" + backend.ports.http();
    }

    @Test
    void aCookieWriteNeedsTheCsrfTokenAndASameSiteOrigin() throws Exception {
        TestAuth.Login admin = TestAuth.login(backend.backend, Role.ADMIN, null);
        String target =
                "/api/users/"
                        + TestAuth.ensureUser(backend.backend, Role.REGULATOR, null)
                        + "/unlock";
        Calls cookieOnly = new Calls(backend.ports.http()).cookie(admin.cookieHeader());
        HttpResponse<String> noToken = cookieOnly.post(target, null);
        assertEquals(403, noToken.statusCode());
        assertTrue(
                new JsonObject(noToken.body()).getString("error").contains("X-CSRF-Token"),
                noToken.body());
        assertEquals(
                403,
                new Calls(backend.ports.http())
                        .cookie(admin.cookieHeader())
                        .csrf("guess")
                        .post(target, null)
                        .statusCode());

        HttpResponse<String> crossSite =
                new Calls(backend.ports.http())
                        .cookie(admin.cookieHeader())
                        .csrf(admin.csrfToken())
                        .origin("http://evil.example")
                        .post(target, null);
        assertEquals(403, crossSite.statusCode());
        assertTrue(crossSite.body().contains("cross-origin"), crossSite.body());

        assertEquals(
                200,
                new Calls(backend.ports.http())
                        .cookie(admin.cookieHeader())
                        .csrf(admin.csrfToken())
                        .origin("http://" + host())
                        .post(target, null)
                        .statusCode());
        assertEquals(
                200,
                new Calls(backend.ports.http())
                        .cookie(admin.cookieHeader())
                        .csrf(admin.csrfToken())
                        .post(target, null)
                        .statusCode(),
                "no Origin header (older clients) with the token is fine");
        assertEquals(
                200,
                new Calls(backend.ports.http())
                        .bearer(backend.adminToken())
                        .post(target, null)
                        .statusCode(),
                "bearer requests carry no ambient credential: no CSRF token needed");
    }

    @Test
    void theSocketNeedsALoginAndRefusesCrossSitePages() throws Exception {
        assertEquals(401, handshakeStatus(null, null));
        TestAuth.Login op = TestAuth.login(backend.backend, Role.OPERATOR, null);
        assertEquals(403, handshakeStatus(op.cookieHeader(), "http://evil.example"));
        int before = backend.backend.push().clientCount();
        WebSocket ws = open(op.cookieHeader(), "http://" + host()).get(10, TimeUnit.SECONDS);
        try {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(
                            () ->
                                    backend
                                            .backend
                                            .onIngestContext(
                                                    () -> backend.backend.push().clientPrincipals())
                                            .toCompletionStage()
                                            .toCompletableFuture()
                                            .get()
                                            .stream()
                                            .anyMatch(
                                                    p ->
                                                            p.username()
                                                                    .equals(
                                                                            TestAuth.username(
                                                                                    Role.OPERATOR,
                                                                                    null))));
            assertTrue(backend.backend.push().clientCount() > before);
        } finally {
            ws.abort();
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/health", "/api/tags", "/api/nothing-here"}) {
            HttpResponse<String> r = new Calls(backend.ports.http()).get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("default-src 'self'")
                            && csp.contains("script-src 'self';")
                            && csp.contains("object-src 'none'")
                            && csp.contains("frame-ancestors 'none'")
                            && csp.contains("base-uri 'self'"),
                    path + ": " + csp);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals(
                    "no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            if (path.startsWith("/api/")) {
                assertEquals(
                        "no-store", r.headers().firstValue("Cache-Control").orElse(null), path);
            }
        }
    }

    private static int handshakeStatus(String cookie, String origin) {
        ExecutionException e =
                assertThrows(
                        ExecutionException.class,
                        () -> open(cookie, origin).get(10, TimeUnit.SECONDS));
        Throwable cause =
                e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
        assertTrue(cause instanceof WebSocketHandshakeException, String.valueOf(cause));
        return ((WebSocketHandshakeException) cause).getResponse().statusCode();
    }

    private static java.util.concurrent.CompletableFuture<WebSocket> open(
            String cookie, String origin) {
        WebSocket.Builder b = TestHttp.CLIENT.newWebSocketBuilder();
        if (cookie != null) b.header("Cookie", cookie);
        if (origin != null) b.header("Origin", origin);
        return b.buildAsync(URI.create("ws://" + host() + "/ws"), new WebSocket.Listener() {});
    }
}
