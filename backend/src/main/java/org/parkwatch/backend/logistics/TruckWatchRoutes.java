package org.parkwatch.backend.logistics;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * {@code /api/logistics}: a truck's permitted route with its current breaches (users who see the
 * truck: the park roles and the enterprises it serves or its waybill names), and the tonnage of
 * each chemical on the move with today's top five (an enterprise's users: their own waybills).
 */
final class TruckWatchRoutes {
    private final TruckWatch watch;
    private final TenantScope tenancy;
    private final Function<String, String> chemicalNameEn;

    /**
     * @param chemicalNameEn the English name of a chemical by CAS number, or null when unknown
     */
    TruckWatchRoutes(
            TruckWatch watch, TenantScope tenancy, Function<String, String> chemicalNameEn) {
        this.watch = watch;
        this.tenancy = tenancy;
        this.chemicalNameEn = chemicalNameEn;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get(
                        "/api/logistics/vehicles/:phone/route",
                        this::route,
                        Permissions.LOGISTICS_READ),
                RouteSpec.get("/api/logistics/tonnage", this::tonnage, Permissions.LOGISTICS_READ));
    }

    private void route(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String phone = ctx.pathParam("phone");
        var view = watch.view(phone).filter(v -> tenancy.seesAny(p, v.enterpriseIds()));
        if (view.isEmpty()) {
            ApiReplies.error(
                    ctx,
                    404,
                    "no truck with terminal '"
                            + phone
                            + "' has reported from inside the park (or it serves no enterprise of"
                            + " yours)");
            return;
        }
        ApiReplies.json(ctx, TruckWatchJson.route(view.get(), chemicalNameEn).encode());
    }

    private void tonnage(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        ApiReplies.json(
                ctx,
                TruckWatchJson.tonnage(
                                watch.tonnage(e -> tenancy.seesEnterprise(p, e)), chemicalNameEn)
                        .encode());
    }
}
