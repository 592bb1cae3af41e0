package org.parkwatch.backend.security;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.parkwatch.backend.TestHttp;

/**
 * Raw HTTP calls for the security tests: any method, optional bearer token, cookie, CSRF token and
 * Origin.
 */
final class Calls {
    private static final HttpClient HTTP = TestHttp.CLIENT;

    private final int port;
    private String bearer;
    private String cookie;
    private String csrf;
    private String origin;

    Calls(int port) {
        this.port = port;
    }

    Calls bearer(String token) {
        this.bearer = token;
        return this;
    }

    Calls cookie(String headerValue) {
        this.cookie = headerValue;
        return this;
    }

    Calls csrf(String token) {
        this.csrf = token;
        return this;
    }

    Calls origin(String value) {
        this.origin = value;
        return this;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, JsonObject body) throws Exception {
        return send("POST", path, body == null ? "" : body.encode());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        if (cookie != null) b.header("Cookie", cookie);
        if (csrf != null) b.header("X-CSRF-Token", csrf);
        if (origin != null) b.header("Origin", origin);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject login(String user, String password) {
        return new JsonObject().put("username", user).put("password", password);
    }
}
