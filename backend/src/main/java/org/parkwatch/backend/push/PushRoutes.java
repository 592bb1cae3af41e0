package org.parkwatch.backend.push;

import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

import java.util.List;

/** {@code GET /ws}: upgrades to the live WebSocket after the {@link PushAuthorizer} agreed. */
public final class PushRoutes {
    public static final String PATH = "/ws";

    private final PushHub hub;
    private final PushAuthorizer authorizer;

    public PushRoutes(PushHub hub, PushAuthorizer authorizer) {
        this.hub = hub;
        this.authorizer = authorizer;
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get(PATH, this::upgrade, Permissions.LIVE_READ));
    }

    private void upgrade(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            ApiReplies.error(ctx, 400, PATH + " is a WebSocket; send an Upgrade: websocket request");
            return;
        }
        ctx.request().pause();
        authorizer.authorize(ctx.request()).onComplete(ar -> {
            ctx.request().resume();
            if (ar.failed() || !Boolean.TRUE.equals(ar.result())) {
                ApiReplies.error(ctx, 403, "not allowed to open the live channel");
                return;
            }
            ctx.request().toWebSocket().onSuccess(hub::connect)
                    .onFailure(e -> { if (!ctx.response().ended()) ApiReplies.error(ctx, 400, e.getMessage()); });
        });
    }
}
