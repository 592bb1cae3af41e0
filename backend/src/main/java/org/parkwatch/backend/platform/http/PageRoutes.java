package org.parkwatch.backend.platform.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The named pages of the web app besides the one-map at {@code /}: {@code /screen} (the
 * control-room big screen) and {@code /public} (the open-day display). The pages are static and
 * public; the screen's data calls are protected by their own rows, and the screen sends a visitor
 * without a session to the login page.
 */
public final class PageRoutes {
    private PageRoutes() {}

    public static List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/screen", ctx -> page(ctx, "/screen.html"), Permissions.PUBLIC),
                RouteSpec.get("/public", ctx -> page(ctx, "/public.html"), Permissions.PUBLIC));
    }

    private static void page(RoutingContext ctx, String file) {
        ctx.reroute(file);
    }
}
