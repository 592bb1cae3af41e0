package org.parkwatch.backend.security;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SecurityPolicyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The check in front of every row of the route table: who is calling (session cookie or bearer
 * token), may that role use the route ({@link RolePermissions}), and for a state-changing request
 * by cookie, does it carry the CSRF token and a same-origin {@code Origin}. Passes with the {@link
 * Principal} in the context, or answers 401/403 JSON. Writes (and export downloads) are audited
 * once the response is sent.
 */
public final class RouteGuard {
    public static final String COOKIE = "pw_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Context key of the {@link Session} that authenticated the request. */
    public static final String SESSION_KEY = "parkwatch.session";

    /**
     * Set by a handler that wrote its own audit record (login), so the guard does not write a
     * second one.
     */
    public static final String AUDITED_KEY = "parkwatch.audited";

    private static final String EXPORT_PREFIX = "/api/export/";

    /** The answer to every other request of a session that must change its password first. */
    public static final String PASSWORD_CHANGE_REQUIRED =
            "password change required: choose a new password "
                    + "(POST /api/auth/password with currentPassword and newPassword) before anything else";

    /**
     * Shortest Prometheus scrape token accepted, characters (≈ 190 bits from a random Base64
     * string).
     */
    public static final int MIN_SCRAPE_TOKEN_LENGTH = 32;

    /** Who the audit log and handlers see when the scrape token was used. */
    public static final Principal SCRAPER = new Principal("metrics-scraper", Role.REGULATOR, null);

    private final SessionStore sessions;
    private final AuditTrail audit;
    private final LongSupplier clockMs;
    private final byte[] scrapeTokenSha256;

    public RouteGuard(SessionStore sessions, AuditTrail audit, LongSupplier clockMs) {
        this(sessions, audit, clockMs, null);
    }

    /**
     * @param scrapeToken a long-lived bearer token valid for {@link Permissions#METRICS_READ}
     *     routes only (Prometheus), or null for none
     * @throws IllegalArgumentException when the token is shorter than {@value
     *     #MIN_SCRAPE_TOKEN_LENGTH} characters
     */
    public RouteGuard(
            SessionStore sessions, AuditTrail audit, LongSupplier clockMs, String scrapeToken) {
        this.sessions = sessions;
        this.audit = audit;
        this.clockMs = clockMs;
        if (scrapeToken != null && scrapeToken.length() < MIN_SCRAPE_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                    "the metrics scrape token must have at least "
                            + MIN_SCRAPE_TOKEN_LENGTH
                            + " characters");
        }
        this.scrapeTokenSha256 = scrapeToken == null ? null : sha256(scrapeToken);
    }

    /**
     * The handler to run before {@code spec}'s own and before its body is read (so an
     * unauthenticated caller cannot make the server buffer a body). It is a {@link
     * SecurityPolicyHandler} because vertx-web only lets handlers of that kind run ahead of the
     * body handler.
     */
    public Handler<RoutingContext> handlerFor(RouteSpec spec) {
        return (SecurityPolicyHandler) ctx -> guard(ctx, spec);
    }

    private void guard(RoutingContext ctx, RouteSpec spec) {
        String permission = spec.permission();
        HttpServerRequest req = ctx.request();
        boolean writes = isStateChanging(req.method());
        if (writes || req.path().startsWith(EXPORT_PREFIX)) auditWhenDone(ctx, spec.path());
        // a device route authenticates the device itself (its own credential, not a session)
        if (Permissions.PUBLIC.equals(permission) || Permissions.DEVICE.equals(permission)) {
            ctx.next();
            return;
        }
        if (Permissions.METRICS_READ.equals(permission) && isScrapeToken(req)) {
            ctx.put(Principal.CONTEXT_KEY, SCRAPER);
            ctx.next();
            return;
        }
        Credentials creds = authenticate(req);
        if (creds.session() == null) {
            ApiReplies.error(ctx, 401, creds.problem());
            return;
        }
        Session s = creds.session();
        ctx.put(Principal.CONTEXT_KEY, s.principal());
        ctx.put(SESSION_KEY, s);
        if (s.passwordChangeRequired() && !Permissions.SESSION.equals(permission)) {
            ApiReplies.error(ctx, 403, PASSWORD_CHANGE_REQUIRED);
            return;
        }
        if (!RolePermissions.holds(s.principal().role(), permission)) {
            ApiReplies.error(
                    ctx,
                    403,
                    "role '"
                            + s.principal().role().id()
                            + "' lacks permission '"
                            + permission
                            + "' for "
                            + req.method()
                            + " "
                            + req.path());
            return;
        }
        if (writes && s.kind() == Session.Kind.COOKIE) {
            String problem = csrfProblem(req, s);
            if (problem != null) {
                ApiReplies.error(ctx, 403, problem);
                return;
            }
        }
        ctx.next();
    }

    /** What authenticated a request: a live session, or null and why not. */
    public record Credentials(Session session, String problem) {}

    /**
     * Finds the caller's session: an {@code Authorization: Bearer} header wins (and must be valid);
     * else the {@code pw_session} cookie.
     */
    public Credentials authenticate(HttpServerRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return new Credentials(null, "Authorization header must be 'Bearer <token>'");
            }
            Session s = sessions.touch(auth.substring(7).trim(), Session.Kind.BEARER);
            return s != null
                    ? new Credentials(s, null)
                    : new Credentials(
                            null,
                            "bearer token unknown or expired; get a new one at /api/auth/token");
        }
        Cookie c = req.getCookie(COOKIE);
        if (c == null) return new Credentials(null, "login required");
        Session s = sessions.touch(c.getValue(), Session.Kind.COOKIE);
        return s != null
                ? new Credentials(s, null)
                : new Credentials(null, "session expired; log in again");
    }

    /**
     * True when the request's bearer is the configured scrape token (compared as SHA-256, in
     * constant time).
     */
    private boolean isScrapeToken(HttpServerRequest req) {
        String auth = req.getHeader("Authorization");
        if (scrapeTokenSha256 == null
                || auth == null
                || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        return MessageDigest.isEqual(scrapeTokenSha256, sha256(auth.substring(7).trim()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * @return null when the request carries the session's CSRF token and (if any) a same-origin
     *     Origin
     */
    static String csrfProblem(HttpServerRequest req, Session s) {
        String token = req.getHeader(CSRF_HEADER);
        if (token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            return "missing or wrong " + CSRF_HEADER + " header (reload the page)";
        }
        if (!sameOrigin(req))
            return "cross-origin request refused (Origin " + req.getHeader("Origin") + ")";
        return null;
    }

    /** True when the request has no Origin header or one naming the host it was sent to. */
    public static boolean sameOrigin(HttpServerRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) return true;
        // the authority is the Host header in HTTP/1.1 and :authority in HTTP/2
        HostAndPort authority = req.authority();
        String host =
                authority == null
                        ? req.getHeader("Host")
                        : authority.port() > 0
                                ? authority.host() + ":" + authority.port()
                                : authority.host();
        int scheme = origin.indexOf("://");
        if (host == null || scheme < 0) return false;
        return origin.substring(scheme + 3)
                .toLowerCase(Locale.ROOT)
                .equals(host.toLowerCase(Locale.ROOT));
    }

    static boolean isStateChanging(HttpMethod m) {
        return m == HttpMethod.POST
                || m == HttpMethod.PUT
                || m == HttpMethod.PATCH
                || m == HttpMethod.DELETE;
    }

    private void auditWhenDone(RoutingContext ctx, String routePath) {
        ctx.addEndHandler(
                done -> {
                    if (Boolean.TRUE.equals(ctx.get(AUDITED_KEY))) return;
                    Principal p = ctx.get(Principal.CONTEXT_KEY);
                    HttpServerRequest req = ctx.request();
                    JsonObject detail =
                            new JsonObject().put("status", ctx.response().getStatusCode());
                    String query = req.query();
                    if (query != null)
                        detail.put(
                                "query", query.length() > 2000 ? query.substring(0, 2000) : query);
                    if (isStateChanging(req.method())
                            && ctx.body() != null
                            && ctx.body().available()) {
                        Object body = Redaction.body(ctx.body().asString());
                        if (body != null) detail.put("body", body);
                    }
                    String action = req.method() + " " + routePath;
                    audit.record(
                            new AuditEvent(
                                    clockMs.getAsLong(),
                                    p == null ? "-" : p.username(),
                                    p == null ? "-" : p.role().id(),
                                    source(req),
                                    action,
                                    req.path(),
                                    detail));
                });
    }

    /** The caller's address for the audit log and the login rate limit. */
    public static String source(HttpServerRequest req) {
        return req.remoteAddress() == null ? "-" : req.remoteAddress().hostAddress();
    }
}
