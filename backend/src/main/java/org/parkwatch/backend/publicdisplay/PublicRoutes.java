package org.parkwatch.backend.publicdisplay;

import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The public-only API ({@link Permissions#PUBLIC}, no login): {@code /api/public/status}, {@code
 * /api/public/air}, {@code /api/public/park}, {@code /api/public/disclosure}. Each handler answers
 * from the {@link PublicView} alone; it has no other reference.
 */
public final class PublicRoutes {
    /**
     * Path prefix of every public data route (the payload-scan test walks the route table for it).
     */
    public static final String PREFIX = "/api/public/";

    private final PublicView view;

    public PublicRoutes(PublicView view) {
        this.view = view;
    }

    public List<RouteSpec> routes() {
        String anyone = Permissions.PUBLIC;
        return List.of(
                RouteSpec.get(
                        PREFIX + "status", ctx -> ApiReplies.json(ctx, view.statusJson()), anyone),
                RouteSpec.get(PREFIX + "air", ctx -> ApiReplies.json(ctx, view.airJson()), anyone),
                RouteSpec.get(
                        PREFIX + "park", ctx -> ApiReplies.json(ctx, view.parkJson()), anyone),
                RouteSpec.get(
                        PREFIX + "disclosure",
                        ctx -> ApiReplies.json(ctx, view.disclosureJson()),
                        anyone));
    }
}
