package org.parkwatch.backend.bench;

import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.backend.security.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Real logins for benchmarks: creates a throw-away user in the bench's own backend (random password, never printed)
 * and returns a bearer token from {@code POST /api/auth/token}. {@code operator} makes a control-room operator, an
 * enterprise id (e.g. {@code E01}) an enterprise user of it.
 */
final class BenchLogin {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static int created;

    private BenchLogin() {
    }

    static synchronized String token(ParkWatchBackend backend, int httpPort, String kind) throws Exception {
        boolean operator = kind.equals("operator");
        Role role = operator ? Role.OPERATOR : Role.ENTERPRISE;
        String name = "bench-" + kind.toLowerCase() + "-" + created++;
        String password = IngestBench.randomPassword();
        backend.security().users().create(name, role, operator ? null : kind, "bench " + kind, password);
        String body = new JsonObject().put("username", name).put("password", password).encode();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                        + "/api/auth/token")).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("bench login " + name + ": " + r.body());
        return new JsonObject(r.body()).getString("token");
    }
}
