package org.parkwatch.backend.platform.db;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;
import org.parkwatch.backend.platform.http.ApiReplies;

/**
 * Runs a handler's database work on a worker thread and writes the reply on the event loop: the
 * work's text with status 200, a failure as {@link ApiReplies#failure} says (400, 404 or 503).
 */
public final class BlockingReply {

    private BlockingReply() {}

    public static void send(
            Vertx vertx, RoutingContext ctx, String contentType, Callable<String> work) {
        vertx.executeBlocking(work, false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) {
                                ctx.response()
                                        .putHeader("Content-Type", contentType)
                                        .end(ar.result());
                            } else {
                                ApiReplies.failure(ctx, ar.cause());
                            }
                        });
    }

    /**
     * An integer query parameter, {@code dflt} when absent; 400 message names the parameter
     * otherwise.
     */
    public static long longParam(RoutingContext ctx, String name, long dflt) {
        String v = ctx.request().getParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "query parameter '" + name + "' = '" + v + "' is not a whole number");
        }
    }
}
