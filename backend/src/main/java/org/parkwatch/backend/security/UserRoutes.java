package org.parkwatch.backend.security;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * User administration ({@code /api/users…}, permission {@code user:admin}): list, create, change
 * role, enterprise and display name, set a password, lock (disable), unlock, delete (never the last
 * administrator). A password an administrator sets (new user or reset) must be replaced by its user
 * at the next login. Password changes, role changes, locks and deletions end the user's sessions.
 * Password hashes never leave the server.
 */
public final class UserRoutes {
    private final Vertx vertx;
    private final UserService users;
    private final SessionStore sessions;
    private final LongSupplier clockMs;

    public UserRoutes(Vertx vertx, UserService users, SessionStore sessions, LongSupplier clockMs) {
        this.vertx = vertx;
        this.users = users;
        this.sessions = sessions;
        this.clockMs = clockMs;
    }

    public List<RouteSpec> routes() {
        String admin = Permissions.USER_ADMIN;
        return List.of(
                RouteSpec.get("/api/users", this::list, admin),
                RouteSpec.post("/api/users", this::create, admin),
                new RouteSpec(HttpMethod.PUT, "/api/users/:name", this::update, admin),
                RouteSpec.post("/api/users/:name/password", this::password, admin),
                RouteSpec.post("/api/users/:name/lock", this::lock, admin),
                RouteSpec.post("/api/users/:name/unlock", this::unlock, admin),
                new RouteSpec(HttpMethod.DELETE, "/api/users/:name", this::delete, admin));
    }

    private void list(RoutingContext ctx) {
        run(
                ctx,
                () -> {
                    JsonArray out = new JsonArray();
                    long now = clockMs.getAsLong();
                    for (User u : users.list()) out.add(toJson(u, now));
                    return out.encode();
                });
    }

    private void create(RoutingContext ctx) {
        JsonObject b = AuthRoutes.jsonBody(ctx);
        if (b == null) return;
        Role role;
        try {
            role = Role.fromId(text(b, "role"));
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, "role: " + e.getMessage());
            return;
        }
        run(
                ctx,
                () -> {
                    User u =
                            users.create(
                                    text(b, "username"),
                                    role,
                                    text(b, "enterpriseId"),
                                    text(b, "displayName"),
                                    text(b, "password"),
                                    true);
                    ctx.response().setStatusCode(201);
                    return toJson(u, clockMs.getAsLong()).encode();
                });
    }

    /**
     * PUT /api/users/:name {role, enterpriseId, displayName}: a new role or enterprise ends the
     * user's sessions.
     */
    private void update(RoutingContext ctx) {
        JsonObject b = AuthRoutes.jsonBody(ctx);
        if (b == null) return;
        String name = ctx.pathParam("name");
        Role role;
        try {
            role = Role.fromId(text(b, "role"));
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, "role: " + e.getMessage());
            return;
        }
        run(
                ctx,
                () -> {
                    Principal before = users.find(name).map(User::principal).orElse(null);
                    User u =
                            users.updateProfile(
                                    name, role, text(b, "enterpriseId"), text(b, "displayName"));
                    if (!u.principal().equals(before)) sessions.closeAllOf(name);
                    return toJson(u, clockMs.getAsLong()).encode();
                });
    }

    private void password(RoutingContext ctx) {
        JsonObject b = AuthRoutes.jsonBody(ctx);
        if (b == null) return;
        String name = ctx.pathParam("name");
        run(
                ctx,
                () -> {
                    users.setPassword(name, text(b, "password"), true);
                    sessions.closeAllOf(name);
                    return new JsonObject().put("username", name).put("changed", true).encode();
                });
    }

    private void lock(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        run(
                ctx,
                () -> {
                    User u = users.lock(name);
                    sessions.closeAllOf(name);
                    return toJson(u, clockMs.getAsLong()).encode();
                });
    }

    private void unlock(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        run(ctx, () -> toJson(users.unlock(name), clockMs.getAsLong()).encode());
    }

    private void delete(RoutingContext ctx) {
        String name = ctx.pathParam("name");
        run(
                ctx,
                () -> {
                    users.delete(name);
                    sessions.closeAllOf(name);
                    return new JsonObject().put("username", name).put("deleted", true).encode();
                });
    }

    /** A user as the API shows it: no password hash. */
    static JsonObject toJson(User u, long nowMs) {
        return new JsonObject()
                .put("username", u.username())
                .put("role", u.role().id())
                .put("enterpriseId", u.enterpriseId())
                .put("displayName", u.displayName())
                .put("locked", u.lockedAt(nowMs))
                .put(
                        "lockedUntil",
                        u.lockedAt(nowMs) && u.lockedUntilMs() != Long.MAX_VALUE
                                ? u.lockedUntilMs()
                                : null)
                .put("failedLogins", u.failedCount())
                .put("created", u.createdMs())
                .put("changed", u.changedMs())
                .put("mustChangePassword", u.mustChangePassword());
    }

    private static String text(JsonObject b, String field) {
        Object v = b.getValue(field);
        return v instanceof String s ? s : null;
    }

    /**
     * Runs blocking work off the event loop; replies with its JSON, or the UserException's status
     * and message.
     */
    private void run(RoutingContext ctx, Callable<String> work) {
        vertx.executeBlocking(work, false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) ApiReplies.json(ctx, ar.result());
                            else AuthRoutes.replyFailure(ctx, ar.cause());
                        });
    }
}
