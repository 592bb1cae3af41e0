package org.parkwatch.backend.live;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * {@code GET /api/tags}, {@code /api/tags/:id} and {@code /api/feeds}: definitions merged with live
 * values, scoped to what the caller sees (an enterprise user: its own tags and feed plus the
 * park's).
 */
public final class LiveRoutes {
    private final LiveState live;
    private final TenantScope tenancy;

    public LiveRoutes(LiveState live, TenantScope tenancy) {
        this.live = live;
        this.tenancy = tenancy;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/tags", this::tags, Permissions.LIVE_READ),
                RouteSpec.get("/api/tags/:id", this::tag, Permissions.LIVE_READ),
                RouteSpec.get("/api/feeds", this::feeds, Permissions.LIVE_READ));
    }

    private void tags(RoutingContext ctx) {
        String enterprise = ctx.queryParams().get("enterprise");
        Principal p = Principal.of(ctx);
        if (enterprise != null
                && (live.feed(enterprise) == null || !tenancy.seesEnterprise(p, enterprise))) {
            ApiReplies.error(ctx, 404, "no enterprise '" + enterprise + "' with tags in the park");
            return;
        }
        ApiReplies.json(
                ctx,
                LiveJson.render(
                        g -> {
                            g.writeStartArray();
                            for (int i = 0; i < live.size(); i++) {
                                TagState t = live.tag(i);
                                String owner = t.definition().enterpriseId();
                                if ((enterprise == null || enterprise.equals(owner))
                                        && tenancy.seesEnterprise(p, owner)) {
                                    LiveJson.writeTag(g, t);
                                }
                            }
                            g.writeEndArray();
                        }));
    }

    private void tag(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        TagState t = live.tag(id);
        if (t == null
                || !tenancy.seesTag(
                        Principal.of(ctx), id)) { // another enterprise's tag looks unknown
            ApiReplies.error(ctx, 404, "no tag '" + id + "' in the park");
            return;
        }
        ApiReplies.json(ctx, LiveJson.render(g -> LiveJson.writeTag(g, t)));
    }

    private void feeds(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        ApiReplies.json(
                ctx,
                LiveJson.render(
                        g -> LiveJson.writeFeeds(g, live, e -> tenancy.seesEnterprise(p, e))));
    }
}
