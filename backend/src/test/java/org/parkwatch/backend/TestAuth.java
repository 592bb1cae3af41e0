package org.parkwatch.backend;

import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.RouteGuard;
import org.parkwatch.backend.security.UserException;

/**
 * Real logins for tests: creates one user per role (and enterprise) in a started backend through
 * its user service, then logs in over HTTP ({@code POST /api/auth/token} or {@code
 * /api/auth/login}) and caches the credential per backend. Security stays on; tests authenticate
 * like any client.
 */
public final class TestAuth {
    /**
     * The password of every test user; random per test run, never a fixed string in the repository.
     */
    public static final String PASSWORD =
            "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-test";

    private static final HttpClient HTTP = TestHttp.CLIENT;
    private static final Map<ParkWatchApp, Map<String, String>> TOKENS = new WeakHashMap<>();

    /** A browser-style login: the session cookie value and its CSRF token. */
    public record Login(String cookie, String csrfToken, JsonObject reply) {
        /** The {@code Cookie} header value. */
        public String cookieHeader() {
            return RouteGuard.COOKIE + "=" + cookie;
        }
    }

    private TestAuth() {}

    /** The login name of the test user for a role (and enterprise). */
    public static String username(Role role, String enterpriseId) {
        return "t-" + role.id() + (enterpriseId == null ? "" : "-" + enterpriseId.toLowerCase());
    }

    /** Creates (or resets) the test user of that role; returns its name. Blocks. */
    public static String ensureUser(ParkWatchApp b, Role role, String enterpriseId)
            throws Exception {
        String name = username(role, enterpriseId);
        try {
            b.security().users().create(name, role, enterpriseId, "Test " + role.id(), PASSWORD);
        } catch (UserException e) {
            if (e.status() != 409)
                throw new AssertionError("cannot create test user " + name + ": " + e.getMessage());
            b.security().users().setPassword(name, PASSWORD);
            b.security().users().unlock(name);
        }
        return name;
    }

    /** A bearer token of an administrator. */
    public static String adminToken(ParkWatchApp b) throws Exception {
        return token(b, Role.ADMIN, null);
    }

    /**
     * A bearer token for the test user of {@code role} (enterprise users need {@code
     * enterpriseId}).
     */
    public static String token(ParkWatchApp b, Role role, String enterpriseId) throws Exception {
        String key = username(role, enterpriseId);
        synchronized (TOKENS) {
            String cached = TOKENS.computeIfAbsent(b, k -> new HashMap<>()).get(key);
            if (cached != null) return cached;
        }
        String name = ensureUser(b, role, enterpriseId);
        HttpResponse<String> r = post(b, "/api/auth/token", credentials(name));
        if (r.statusCode() != 200)
            throw new AssertionError("token for " + name + ": " + r.statusCode() + " " + r.body());
        String token = new JsonObject(r.body()).getString("token");
        synchronized (TOKENS) {
            TOKENS.get(b).put(key, token);
        }
        return token;
    }

    /** A fresh browser session (cookie and CSRF token) for the test user of {@code role}. */
    public static Login login(ParkWatchApp b, Role role, String enterpriseId) throws Exception {
        String name = ensureUser(b, role, enterpriseId);
        HttpResponse<String> r = post(b, "/api/auth/login", credentials(name));
        if (r.statusCode() != 200)
            throw new AssertionError("login of " + name + ": " + r.statusCode() + " " + r.body());
        String cookie =
                r.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith(RouteGuard.COOKIE + "="))
                        .map(c -> c.substring(RouteGuard.COOKIE.length() + 1, c.indexOf(';')))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("login set no session cookie"));
        JsonObject reply = new JsonObject(r.body());
        return new Login(cookie, reply.getString("csrfToken"), reply);
    }

    /** {@code {"username":…,"password":…}} of a test user. */
    public static String credentials(String username) {
        return new JsonObject().put("username", username).put("password", PASSWORD).encode();
    }

    /** Adds the administrator's bearer token to a request. */
    public static HttpRequest.Builder asAdmin(ParkWatchApp b, HttpRequest.Builder req)
            throws Exception {
        return req.header("Authorization", "Bearer " + adminToken(b));
    }

    /**
     * Options to open {@code /ws} as the administrator (bearer header, no Origin: not a browser).
     */
    public static WebSocketConnectOptions adminSocket(ParkWatchApp b) throws Exception {
        return new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(b.ports().http())
                .setURI("/ws")
                .addHeader("Authorization", "Bearer " + adminToken(b));
    }

    private static HttpResponse<String> post(ParkWatchApp b, String path, String body)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.ports().http() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
