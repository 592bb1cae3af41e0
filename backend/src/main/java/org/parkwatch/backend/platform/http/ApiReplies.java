package org.parkwatch.backend.platform.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Small reply helpers: JSON bodies and {@code {"error":"message"}} errors. */
public final class ApiReplies {
    public static final String JSON = "application/json; charset=utf-8";

    private ApiReplies() {
    }

    public static void json(RoutingContext ctx, String body) {
        ctx.response().putHeader("Content-Type", JSON).end(body);
    }

    public static void error(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", JSON)
                .end(new JsonObject().put("error", message).encode());
    }
}
