package org.parkwatch.backend.publicdisplay;

import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

import java.util.List;

/**
 * The public-only API ({@link Permissions#PUBLIC}, no login): {@code /api/public/status}, {@code /api/public/air},
 * {@code /api/public/park}. Each handler answers from the {@link PublicView} alone; it has no other reference.
 * Answers may be cached by a kiosk proxy for a few seconds: the data is delayed by minutes anyway.
 */
public final class PublicRoutes {
    /** Path prefix of every public data route (the payload-scan test walks the route table for it). */
    public static final String PREFIX = "/api/public/";
    private static final String CACHE = "public, max-age=5";

    private final PublicView view;

    public PublicRoutes(PublicView view) {
        this.view = view;
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get(PREFIX + "status", ctx -> reply(ctx, view.statusJson()), Permissions.PUBLIC),
                RouteSpec.get(PREFIX + "air", ctx -> reply(ctx, view.airJson()), Permissions.PUBLIC),
                RouteSpec.get(PREFIX + "park", ctx -> reply(ctx, view.parkJson()), Permissions.PUBLIC));
    }

    private static void reply(RoutingContext ctx, String json) {
        ctx.response().putHeader("Cache-Control", CACHE);
        ApiReplies.json(ctx, json);
    }
}
