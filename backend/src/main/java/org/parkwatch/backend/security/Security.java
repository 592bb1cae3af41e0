package org.parkwatch.backend.security;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The security capability assembled: users (database, or memory without one), sessions and tokens, the login rate
 * limit, the route guard, the WebSocket check and the audit log. Built by the composition root after the store opened.
 */
public final class Security implements AutoCloseable {
    private final SecurityConfig config;
    private final UserService users;
    private final SessionStore sessions;
    private final LoginRateLimiter limiter;
    private final AuditLog audit;
    private final RouteGuard guard;
    private final LongSupplier clockMs;

    private Security(SecurityConfig config, UserService users, SessionStore sessions, LoginRateLimiter limiter,
                     AuditLog audit, LongSupplier clockMs, String scrapeToken) {
        this.config = config;
        this.users = users;
        this.sessions = sessions;
        this.limiter = limiter;
        this.audit = audit;
        this.clockMs = clockMs;
        this.guard = new RouteGuard(sessions, audit, clockMs, scrapeToken);
    }

    /**
     * Opens the stores and creates the first administrator when there is no user (blocks). A generated password is
     * printed once to {@code out}, never logged.
     *
     * @param db      the database, or null to keep users and the audit log in memory
     * @param secrets reads environment variables (the first administrator's password)
     */
    public static Security open(SecurityConfig config, Database db, ParkCatalog park,
                                Function<String, String> secrets, PrintStream out) throws Exception {
        LongSupplier clock = System::currentTimeMillis;
        UserStore userStore = db == null ? new MemoryUserStore() : new UserRepository(db);
        AuditStore auditStore = db == null ? new MemoryAuditStore() : new AuditRepository(db);
        Set<String> enterprises = park.enterprises().stream().map(EnterpriseInfo::id).collect(Collectors.toSet());
        UserService users = new UserService(userStore, new PasswordHasher(), enterprises, config, clock);
        String given = secrets.apply(config.adminPasswordEnv());
        boolean noUsers = users.list().isEmpty();
        String generated = users.bootstrapAdmin(given);
        if (noUsers && generated == null) {
            // the launcher looks for this line to know its password was taken (./parkwatch demo)
            out.println("ParkWatch: first administrator '" + UserService.FIRST_ADMIN
                    + "' created with the password from "
                    + config.adminPasswordEnv());
        }
        if (generated != null) {
            out.println();
            out.println("==================================================================================");
            out.println(" ParkWatch: first start, administrator created / 首次启动，已创建管理员");
            out.println("   user: " + UserService.FIRST_ADMIN + "   password: " + generated);
            out.println(" It is shown only this once. Log in and change it, or set " + config.adminPasswordEnv());
            out.println(" before the first start. 此密码只显示这一次。");
            out.println("==================================================================================");
            out.println();
            out.flush();
        }
        String scrapeToken = secrets.apply(config.metricsTokenEnv());
        if (scrapeToken != null && scrapeToken.isBlank()) scrapeToken = null;
        if (scrapeToken != null && scrapeToken.length() < RouteGuard.MIN_SCRAPE_TOKEN_LENGTH) {
            throw new IllegalArgumentException(config.metricsTokenEnv() + " must hold at least "
                    + RouteGuard.MIN_SCRAPE_TOKEN_LENGTH + " characters (e.g. openssl rand -base64 32)");
        }
        AuditLog audit = new AuditLog(auditStore);
        return new Security(config, users, new SessionStore(config, clock),
                new LoginRateLimiter(config.loginAttemptsPerMinute(), clock), audit, clock, scrapeToken);
    }

    /** {@link #open} on a worker thread. */
    public static Future<Security> start(Vertx vertx, SecurityConfig config, Database db, ParkCatalog park,
                                         Function<String, String> secrets, PrintStream out) {
        return vertx.executeBlocking(() -> open(config, db, park, secrets, out), false);
    }

    /** The security routes: {@code /api/auth/*}, {@code /api/users*}, {@code /api/audit*}. */
    public List<RouteSpec> routes(Vertx vertx) {
        List<RouteSpec> out = new ArrayList<>();
        out.addAll(new AuthRoutes(vertx, users, sessions, limiter, audit, clockMs).routes());
        out.addAll(new UserRoutes(vertx, users, sessions, clockMs).routes());
        out.addAll(new AuditRoutes(vertx, audit).routes());
        return out;
    }

    /** Checks the WebSocket upgrade: a live session or token, and no cross-site Origin. */
    public PushAuthorizer pushAuthorizer() {
        return (HttpServerRequest req) -> {
            RouteGuard.Credentials c = guard.authenticate(req);
            if (c.session() == null || !RouteGuard.sameOrigin(req)) return Future.succeededFuture(null);
            return Future.succeededFuture(c.session().principal());
        };
    }

    /** Periodic housekeeping: forgets expired sessions, idle rate-limit and lock-out counters. */
    public void sweep() {
        sessions.sweep();
        limiter.sweep();
        users.sweep();
    }

    public RouteGuard guard() {
        return guard;
    }

    public UserService users() {
        return users;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public AuditLog audit() {
        return audit;
    }

    public SecurityConfig config() {
        return config;
    }

    @Override
    public void close() {
        audit.close();
    }
}
