package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The authorisation matrix, generated from the real route table of a backend with every module
 * installed (as Main has them): every route × every role gets the status {@link RolePermissions}
 * predicts. A route added later is walked too; a route whose permission the matrix does not know
 * stops the start.
 */
class AuthorisationMatrixTest {
    private static final HttpClient HTTP = TestHttp.CLIENT;
    private static final String ENTERPRISE = "E01";

    @TempDir static Path dir;
    private static ParkWatchApp backend;
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        backend =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of("db.enabled", "true")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        for (Role r : Role.values()) {
            if (r != Role.PUBLIC) TOKENS.put(r, token(r));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheMatrixSays() throws Exception {
        List<RouteSpec> table = backend.routeTable();
        assertTrue(
                table.size() > 40, "the whole route table is walked: " + table.size() + " routes");
        List<String> wrong = new ArrayList<>();
        for (RouteSpec route : table) {
            for (Role role : Role.values()) {
                String token =
                        role == Role.PUBLIC
                                ? null
                                : route.path().equals("/api/auth/logout")
                                        ? token(role)
                                        : TOKENS.get(role);
                HttpResponse<String> r = send(route, token);
                String problem = check(route, role, r);
                if (problem != null)
                    wrong.add(
                            route.method()
                                    + " "
                                    + route.path()
                                    + " as "
                                    + role.id()
                                    + ": "
                                    + problem);
            }
        }
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " cells of the matrix are wrong:\n" + String.join("\n", wrong));
    }

    @Test
    void aRouteWithAPermissionUnknownToTheMatrixStopsTheStart(@TempDir Path other) {
        ParkWatchApp b =
                new ParkWatchApp(
                        TestBackend.config(other, Map.of()),
                        TestBackend.testPark(),
                        ParkWatchOptions.defaults()
                                .withScope(ParkWatchApp.Scope.CORE)
                                .withRoutes(
                                        List.of(
                                                RouteSpec.get(
                                                        "/api/made-up",
                                                        ctx -> ApiReplies.json(ctx, "{}"),
                                                        "made:up"))));
        ExecutionException e =
                assertThrows(
                        ExecutionException.class,
                        () ->
                                b.start()
                                        .toCompletionStage()
                                        .toCompletableFuture()
                                        .get(30, TimeUnit.SECONDS));
        try {
            assertTrue(
                    e.getCause().getMessage().contains("GET /api/made-up needs 'made:up'"),
                    e.getCause().getMessage());
        } finally {
            b.stop().toCompletionStage().toCompletableFuture().join();
        }
    }

    /**
     * @return null when the answer fits the matrix, else what is wrong
     */
    private static String check(RouteSpec route, Role role, HttpResponse<String> r) {
        int status = r.statusCode();
        boolean guardRefused = status == 403 && r.body().contains("lacks permission");
        if (Permissions.DEVICE.equals(route.permission())) {
            // a device route takes no user's session or token: only the device's own credential
            return status == 401 ? null : "expected 401 (device credential), got " + status;
        }
        if (RolePermissions.holds(role, route.permission())) {
            return status == 401 || guardRefused
                    ? "expected to pass the guard, got " + status + " " + r.body()
                    : null;
        }
        if (role == Role.PUBLIC) return status == 401 ? null : "expected 401, got " + status;
        return guardRefused
                ? null
                : "expected 403 (lacks permission), got " + status + " " + r.body();
    }

    private static HttpResponse<String> send(RouteSpec route, String token) throws Exception {
        String path = route.path().replaceAll(":[A-Za-z]+", "x").replace("*", "x");
        if (path.equals("/x")) path = "/";
        HttpRequest.Builder b =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + backend.ports().http() + path))
                        .timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpRequest.BodyPublisher body =
                route.hasBody()
                        ? HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)
                        : HttpRequest.BodyPublishers.noBody();
        if (route.hasBody()) b.header("Content-Type", "application/json");
        b.method(route.method().name(), body);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String token(Role role) throws Exception {
        String name =
                TestAuth.ensureUser(backend, role, role == Role.ENTERPRISE ? ENTERPRISE : null);
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:"
                                                        + backend.ports().http()
                                                        + "/api/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                TestAuth.credentials(name)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new JsonObject(r.body()).getString("token");
    }
}
