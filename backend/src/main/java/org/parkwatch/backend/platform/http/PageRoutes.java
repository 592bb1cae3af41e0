package org.parkwatch.backend.platform.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The named pages of the web app besides the one-map at {@code /}: {@code /screen} (the
 * control-room big screen), {@code /public} (the open-day display), {@code /field} (the field
 * commander's phone page) and {@code /replay} (an incident's timeline replay). The pages are static
 * and public; their data calls are protected by their own rows, and a page sends a visitor without
 * a session to its login form.
 */
public final class PageRoutes {
    private PageRoutes() {}

    public static List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/screen", ctx -> page(ctx, "/screen.html"), Permissions.PUBLIC),
                RouteSpec.get("/public", ctx -> page(ctx, "/public.html"), Permissions.PUBLIC),
                RouteSpec.get("/field", ctx -> page(ctx, "/field.html"), Permissions.PUBLIC),
                RouteSpec.get("/replay", ctx -> page(ctx, "/replay.html"), Permissions.PUBLIC));
    }

    private static void page(RoutingContext ctx, String file) {
        ctx.reroute(file);
    }
}
