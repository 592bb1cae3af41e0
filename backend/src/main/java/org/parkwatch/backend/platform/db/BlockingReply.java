package org.parkwatch.backend.platform.db;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * Runs a handler's database work on a worker thread and writes the reply on the event loop: the work's text with
 * status 200, {@link IllegalArgumentException} → 400, {@link NoSuchElementException} → 404, anything else → 503
 * (the database is away or failed; the message says so without the cause, which may quote SQL: that goes to
 * the log).
 */
public final class BlockingReply {
    private static final Logger LOG = LoggerFactory.getLogger(BlockingReply.class);

    private BlockingReply() {
    }

    public static void send(Vertx vertx, RoutingContext ctx, String contentType, Callable<String> work) {
        vertx.executeBlocking(work, false).onComplete(ar -> {
            if (ar.succeeded()) {
                ctx.response().putHeader("Content-Type", contentType).end(ar.result());
            } else {
                error(ctx, ar.cause());
            }
        });
    }

    public static void error(RoutingContext ctx, Throwable t) {
        if (t instanceof IllegalArgumentException) {
            json(ctx, 400, t.getMessage());
        } else if (t instanceof NoSuchElementException) {
            json(ctx, 404, t.getMessage());
        } else {
            // the cause (often a driver message with the SQL statement) goes to the log only, never to the caller
            LOG.warn("{} {} failed: {}", ctx.request().method(), ctx.request().path(), t.toString());
            json(ctx, 503, "database unavailable or the query failed; the server log has the details "
                    + "(数据库不可用或查询失败)");
        }
    }

    public static void json(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", message).encode());
    }

    /** An integer query parameter, {@code dflt} when absent; 400 message names the parameter otherwise. */
    public static long longParam(RoutingContext ctx, String name, long dflt) {
        String v = ctx.request().getParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter '" + name + "' = '" + v + "' is not a whole number");
        }
    }
}
