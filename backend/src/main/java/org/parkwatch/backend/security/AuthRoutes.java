package org.parkwatch.backend.security;

import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login, logout, "who am I", bearer tokens and changing one's own password ({@code /api/auth/*}).
 * Every failed login gets the same answer whatever the reason (no user enumeration); the audit log
 * records the reason.
 */
public final class AuthRoutes {
    /** The one answer to every refused login. */
    public static final String LOGIN_REFUSED =
            "wrong user name or password, or the account is locked";

    private static final Logger LOG = LoggerFactory.getLogger(AuthRoutes.class);

    private final Vertx vertx;
    private final UserService users;
    private final SessionStore sessions;
    private final LoginRateLimiter limiter;
    private final AuditTrail audit;
    private final LongSupplier clockMs;

    public AuthRoutes(
            Vertx vertx,
            UserService users,
            SessionStore sessions,
            LoginRateLimiter limiter,
            AuditTrail audit,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.users = users;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.clockMs = clockMs;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post("/api/auth/login", ctx -> login(ctx, false), Permissions.PUBLIC),
                RouteSpec.post("/api/auth/token", ctx -> login(ctx, true), Permissions.PUBLIC),
                RouteSpec.get("/api/auth/me", this::me, Permissions.SESSION),
                RouteSpec.post("/api/auth/logout", this::logout, Permissions.SESSION),
                RouteSpec.post("/api/auth/password", this::changePassword, Permissions.SESSION),
                RouteSpec.get("/api/auth/password-policy", this::policy, Permissions.PUBLIC));
    }

    private void login(RoutingContext ctx, boolean token) {
        ctx.put(RouteGuard.AUDITED_KEY, true);
        String source = RouteGuard.source(ctx.request());
        JsonObject body = jsonBody(ctx);
        if (body == null) return;
        String username = body.getValue("username") instanceof String s ? s : null;
        String password = body.getValue("password") instanceof String s ? s : null;
        if (username == null || password == null || username.isEmpty() || password.isEmpty()) {
            ApiReplies.error(ctx, 400, "username and password are required (JSON strings)");
            return;
        }
        if (password.length() > PasswordHasher.MAX_LENGTH || username.length() > 64) {
            loginFailed(ctx, source, username, "too long", 401);
            return;
        }
        if (!limiter.tryAcquire(source)) {
            loginFailed(ctx, source, username, "rate limit", 429);
            return;
        }
        vertx.executeBlocking(
                        () -> users.authenticate(username, source, password.toCharArray()), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                LOG.error(
                                        "login of '{}' failed: {}",
                                        username,
                                        ar.cause().toString());
                                ApiReplies.error(ctx, 500, "login failed");
                                return;
                            }
                            UserService.LoginResult r = ar.result();
                            switch (r.outcome()) {
                                case OK -> loggedIn(ctx, source, r.user(), token);
                                case UNKNOWN_USER ->
                                        loginFailed(ctx, source, username, "unknown user", 401);
                                case WRONG_PASSWORD ->
                                        loginFailed(ctx, source, username, "wrong password", 401);
                                case LOCKED_NOW ->
                                        loginFailed(
                                                ctx,
                                                source,
                                                username,
                                                "wrong password, account now locked",
                                                401);
                                case LOCKED ->
                                        loginFailed(ctx, source, username, "account locked", 401);
                            }
                        });
    }

    private void loggedIn(RoutingContext ctx, String source, User u, boolean token) {
        Session s =
                token
                        ? sessions.openToken(u.principal(), u.displayName(), u.mustChangePassword())
                        : sessions.openSession(
                                u.principal(), u.displayName(), u.mustChangePassword());
        audit.record(
                new AuditEvent(
                        clockMs.getAsLong(),
                        u.username(),
                        u.role().id(),
                        source,
                        token ? "token.issued" : "login.ok",
                        "/api/auth/" + (token ? "token" : "login"),
                        new JsonObject().put("status", 200)));
        if (token) {
            ApiReplies.json(
                    ctx,
                    new JsonObject()
                            .put("token", s.id())
                            .put("expiresAt", s.expiresAtMs())
                            .put("mustChangePassword", s.passwordChangeRequired())
                            .encode());
            return;
        }
        ctx.response().addCookie(sessionCookie(ctx, s.id()));
        ApiReplies.json(ctx, describe(s).encode());
    }

    private void loginFailed(
            RoutingContext ctx, String source, String username, String reason, int status) {
        audit.record(
                new AuditEvent(
                        clockMs.getAsLong(),
                        username,
                        "-",
                        source,
                        status == 429
                                ? "login.limited"
                                : reason.contains("lock") ? "login.locked" : "login.failed",
                        "/api/auth/login",
                        new JsonObject().put("status", status).put("reason", reason)));
        ApiReplies.error(
                ctx,
                status,
                status == 429
                        ? "too many login attempts from this address; wait a minute"
                        : LOGIN_REFUSED);
    }

    private void me(RoutingContext ctx) {
        Session s = ctx.get(RouteGuard.SESSION_KEY);
        ApiReplies.json(ctx, describe(s).encode());
    }

    /**
     * The password rules, so the forms can show them before anything is sent (the server checks
     * them anyway).
     */
    private void policy(RoutingContext ctx) {
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("minLength", PasswordHasher.MIN_LENGTH)
                        .put("maxLength", PasswordHasher.MAX_LENGTH)
                        .put("differsFromCurrent", true)
                        .encode());
    }

    private void logout(RoutingContext ctx) {
        Session s = ctx.get(RouteGuard.SESSION_KEY);
        sessions.close(s.id());
        ctx.put(RouteGuard.AUDITED_KEY, true);
        audit.record(
                new AuditEvent(
                        clockMs.getAsLong(),
                        s.principal().username(),
                        s.principal().role().id(),
                        RouteGuard.source(ctx.request()),
                        "logout",
                        "/api/auth/logout",
                        new JsonObject().put("status", 200)));
        if (s.kind() == Session.Kind.COOKIE) {
            ctx.response().addCookie(sessionCookie(ctx, "").setMaxAge(0));
        }
        ApiReplies.json(ctx, new JsonObject().put("loggedOut", true).encode());
    }

    private void changePassword(RoutingContext ctx) {
        Session s = ctx.get(RouteGuard.SESSION_KEY);
        JsonObject body = jsonBody(ctx);
        if (body == null) return;
        String current = body.getValue("currentPassword") instanceof String c ? c : null;
        String next = body.getValue("newPassword") instanceof String n ? n : null;
        String username = s.principal().username();
        vertx.executeBlocking(
                        () -> {
                            users.changeOwnPassword(username, current, next);
                            return null;
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                replyFailure(ctx, ar.cause());
                                return;
                            }
                            sessions.closeAllOf(
                                    username); // every login of this user made with the old
                            // password ends
                            if (s.kind() == Session.Kind.BEARER) {
                                ApiReplies.json(
                                        ctx, new JsonObject().put("changed", true).encode());
                                return;
                            }
                            Session fresh =
                                    sessions.openSession(
                                            s.principal(),
                                            s.displayName()); // this browser stays logged in
                            ctx.response().addCookie(sessionCookie(ctx, fresh.id()));
                            ApiReplies.json(ctx, describe(fresh).encode());
                        });
    }

    /**
     * The session as the web needs it: who, role, what they may do, and the CSRF token (cookie
     * sessions).
     */
    static JsonObject describe(Session s) {
        Principal p = s.principal();
        return new JsonObject()
                .put("username", p.username())
                .put("role", p.role().id())
                .put("enterpriseId", p.enterpriseId())
                .put("displayName", s.displayName())
                .put("csrfToken", s.csrfToken())
                .put("expiresAt", s.expiresAtMs())
                .put("mustChangePassword", s.passwordChangeRequired())
                .put("permissions", new JsonArray(RolePermissions.of(p.role())));
    }

    private static Cookie sessionCookie(RoutingContext ctx, String value) {
        return Cookie.cookie(RouteGuard.COOKIE, value)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setPath("/")
                .setSecure(ctx.request().isSSL());
    }

    /** The request body as a JSON object, or null after answering 400. */
    static JsonObject jsonBody(RoutingContext ctx) {
        try {
            JsonObject o = ctx.body().asJsonObject();
            if (o == null) ApiReplies.error(ctx, 400, "request body must be a JSON object");
            return o;
        } catch (DecodeException | ClassCastException e) {
            ApiReplies.error(ctx, 400, "request body must be a JSON object");
            return null;
        }
    }

    static void replyFailure(RoutingContext ctx, Throwable t) {
        if (t instanceof UserException u) {
            ApiReplies.error(ctx, u.status(), u.getMessage());
        } else {
            LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), t);
            ApiReplies.error(ctx, 500, "request failed");
        }
    }
}
