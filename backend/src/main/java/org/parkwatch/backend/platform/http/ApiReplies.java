package org.parkwatch.backend.platform.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that writes the API's JSON replies: bodies, and errors as {@code
 * {"error":"message"}}, optionally followed by detail fields (e.g. {@code field}, {@code errorZh},
 * {@code problems}) that a client can act on.
 */
public final class ApiReplies {
    public static final String JSON = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(ApiReplies.class);

    private ApiReplies() {}

    public static void json(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", JSON).end(body);
    }

    /** Replies {@code status} with {@code {"error": message}}. */
    public static void error(RoutingContext ctx, int status, String message) {
        error(ctx, status, message, null);
    }

    /**
     * Replies {@code status} with {@code {"error": message}} followed by the entries of {@code
     * details} in their iteration order (values: text, numbers, lists, maps or Vert.x JSON; null
     * details = none).
     */
    public static void error(
            RoutingContext ctx, int status, String message, Map<String, ?> details) {
        JsonObject body = new JsonObject().put("error", message);
        if (details != null) details.forEach(body::put);
        ctx.response().setStatusCode(status).putHeader("Content-Type", JSON).end(body.encode());
    }

    /**
     * Replies to failed blocking work: {@link IllegalArgumentException} → 400, {@link
     * NoSuchElementException} → 404, anything else → 503 (the database is away or failed; the
     * message says so without the cause, which may quote SQL: that goes to the log).
     */
    public static void failure(RoutingContext ctx, Throwable t) {
        if (t instanceof IllegalArgumentException) {
            error(ctx, 400, t.getMessage());
        } else if (t instanceof NoSuchElementException) {
            error(ctx, 404, t.getMessage());
        } else {
            // the cause (often a driver message with the SQL statement) goes to the log only, never
            // to the caller
            LOG.warn(
                    "{} {} failed: {}", ctx.request().method(), ctx.request().path(), t.toString());
            error(
                    ctx,
                    503,
                    "database unavailable or the query failed; the server log has the details "
                            + "(数据库不可用或查询失败)");
        }
    }

    /**
     * The request's body as a JSON object.
     *
     * @throws IllegalArgumentException no body, not JSON, or JSON that is not an object (a 400
     *     through {@link #failure})
     */
    public static JsonObject jsonBody(RoutingContext ctx) {
        try {
            JsonObject b = ctx.body().asJsonObject();
            if (b == null) throw new IllegalArgumentException("body must be a JSON object");
            return b;
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("body is not a JSON object: " + e.getMessage());
        }
    }

    /**
     * Runs {@code work} on a worker and replies its JSON text with {@code okStatus}; a failure is
     * {@link SecurityException} → 403 (not the caller's), {@link IllegalStateException} → 409 (a
     * conflict with what is stored), else what {@link #failure} says (400, 404, 503).
     */
    public static void onWorker(
            Vertx vertx, RoutingContext ctx, int okStatus, Callable<String> work) {
        vertx.executeBlocking(work, false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) {
                                ctx.response()
                                        .setStatusCode(okStatus)
                                        .putHeader("Content-Type", JSON)
                                        .end(ar.result());
                            } else if (ar.cause() instanceof SecurityException) {
                                error(ctx, 403, ar.cause().getMessage());
                            } else if (ar.cause() instanceof IllegalStateException) {
                                error(ctx, 409, ar.cause().getMessage());
                            } else {
                                failure(ctx, ar.cause());
                            }
                        });
    }
}
