package org.parkwatch.backend.security;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and checking the audit log (permission {@code audit:read}): {@code GET
 * /api/audit?from&to&user&action&limit&offset} (newest first) and {@code GET /api/audit/verify} →
 * {@code {ok, records, firstBadSeq, truncated}}.
 */
public final class AuditRoutes {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);

    private final Vertx vertx;
    private final AuditLog audit;

    public AuditRoutes(Vertx vertx, AuditLog audit) {
        this.vertx = vertx;
        this.audit = audit;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/audit", this::query, Permissions.AUDIT_READ),
                RouteSpec.get("/api/audit/verify", this::verify, Permissions.AUDIT_READ));
    }

    private void query(RoutingContext ctx) {
        AuditStore.AuditQuery q;
        try {
            q =
                    new AuditStore.AuditQuery(
                            longParam(ctx, "from"),
                            longParam(ctx, "to"),
                            ctx.queryParams().get("user"),
                            ctx.queryParams().get("action"),
                            limit(ctx),
                            intParam(ctx, "offset", 0));
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(() -> audit.query(q), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                LOG.error("audit query failed", ar.cause());
                                ApiReplies.error(ctx, 500, "audit log not readable");
                                return;
                            }
                            JsonArray records = new JsonArray();
                            ar.result().forEach(r -> records.add(r.toJson()));
                            ApiReplies.json(
                                    ctx,
                                    new JsonObject()
                                            .put("records", records)
                                            .put("limit", q.limit())
                                            .put("offset", q.offset())
                                            .encode());
                        });
    }

    private void verify(RoutingContext ctx) {
        vertx.executeBlocking(audit::verify, false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                LOG.error("audit verification failed", ar.cause());
                                ApiReplies.error(ctx, 500, "audit log not readable");
                                return;
                            }
                            AuditChain.Verifier v = ar.result();
                            ApiReplies.json(
                                    ctx,
                                    new JsonObject()
                                            .put("ok", v.ok())
                                            .put("records", v.records())
                                            .put("firstBadSeq", v.firstBadSeq())
                                            .put("truncated", v.truncated())
                                            .encode());
                        });
    }

    private static int limit(RoutingContext ctx) {
        int n = intParam(ctx, "limit", DEFAULT_LIMIT);
        if (n < 1 || n > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        return n;
    }

    private static Long longParam(RoutingContext ctx, String name) {
        String v = ctx.queryParams().get(name);
        if (v == null || v.isEmpty()) return null;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be epoch milliseconds, got '" + v + "'");
        }
    }

    private static int intParam(RoutingContext ctx, String name, int dflt) {
        String v = ctx.queryParams().get(name);
        if (v == null || v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number ≥ 0, got '" + v + "'");
        }
    }
}
