package org.parkwatch.backend.platform.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the vertx-web router from the route table, in table order: the security headers on every
 * response, the permission check in front of every route, a body-size limit in front of every route
 * that takes a body, and JSON errors ({@code {"error":"message"}}) for failures and unknown API
 * paths.
 */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private HttpApi() {}

    /**
     * @param maxBodyBytes largest request body accepted, bytes
     * @param guard the security check to put in front of a route (issue 7); it runs before the body
     *     is read
     */
    public static Router router(
            Vertx vertx,
            List<RouteSpec> table,
            long maxBodyBytes,
            Function<RouteSpec, Handler<RoutingContext>> guard) {
        Router router = Router.router(vertx);
        router.route().handler(SecurityHeaders::apply);
        for (RouteSpec spec : table) {
            Route route = router.route(spec.method(), spec.path());
            route.handler(guard.apply(spec));
            if (spec.hasBody()) route.handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
            route.handler(spec.handler());
        }
        router.route("/api/*")
                .last()
                .handler(
                        ctx ->
                                ApiReplies.error(
                                        ctx,
                                        404,
                                        "no API resource "
                                                + ctx.request().method()
                                                + " "
                                                + ctx.request().path()));
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 415, 500}) {
            router.errorHandler(status, HttpApi::failure);
        }
        return router;
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        if (ctx.response().ended()) return;
        String message =
                switch (status) {
                    case 404 -> "not found: " + ctx.request().path();
                    case 405 ->
                            "method "
                                    + ctx.request().method()
                                    + " not allowed on "
                                    + ctx.request().path();
                    case 413 -> "request body too large";
                    default ->
                            ctx.failure() != null && status < 500
                                    ? ctx.failure().getMessage()
                                    : "request failed";
                };
        if (status >= 500)
            LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
        ApiReplies.error(ctx, status, message);
    }
}
