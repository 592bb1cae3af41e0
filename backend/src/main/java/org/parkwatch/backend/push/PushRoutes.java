package org.parkwatch.backend.push;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.PushAuthorizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /ws}: upgrades to the live WebSocket after the {@link PushAuthorizer} agreed. */
public final class PushRoutes {
    public static final String PATH = "/ws";
    private static final Logger LOG = LoggerFactory.getLogger(PushRoutes.class);

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
            ApiReplies.error(
                    ctx, 400, PATH + " is a WebSocket; send an Upgrade: websocket request");
            return;
        }
        Future<Principal> allowed = authorizer.authorize(ctx.request());
        if (allowed.isComplete()) {
            decide(ctx, allowed);
        } else {
            ctx.request()
                    .pause(); // hold the upgrade request while the authorizer looks up the session
            allowed.onComplete(
                    ar -> {
                        ctx.request().resume();
                        decide(ctx, allowed);
                    });
        }
    }

    private void decide(RoutingContext ctx, Future<Principal> allowed) {
        if (allowed.failed() || allowed.result() == null) {
            ApiReplies.error(
                    ctx,
                    403,
                    "not allowed to open the live channel (log in; same-site pages only)");
            return;
        }
        Principal principal = allowed.result();
        ctx.request()
                .toWebSocket()
                .onSuccess(ws -> hub.connect(ws, principal))
                .onFailure(
                        e -> {
                            LOG.warn(
                                    "WebSocket upgrade from {} failed: {}",
                                    ctx.request().remoteAddress(),
                                    e.toString());
                            if (!ctx.response().ended()) ApiReplies.error(ctx, 400, e.getMessage());
                        });
    }
}
