package org.parkwatch.backend.live;

import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

import java.util.List;

/** {@code GET /api/tags}, {@code /api/tags/:id} and {@code /api/feeds}: definitions merged with live values. */
public final class LiveRoutes {
    private final LiveState live;

    public LiveRoutes(LiveState live) {
        this.live = live;
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/tags", this::tags, Permissions.LIVE_READ),
                RouteSpec.get("/api/tags/:id", this::tag, Permissions.LIVE_READ),
                RouteSpec.get("/api/feeds", this::feeds, Permissions.LIVE_READ));
    }

    private void tags(RoutingContext ctx) {
        String enterprise = ctx.queryParams().get("enterprise");
        if (enterprise != null && live.feed(enterprise) == null) {
            ApiReplies.error(ctx, 404, "no enterprise '" + enterprise + "' with tags in the park");
            return;
        }
        ApiReplies.json(ctx, LiveJson.render(g -> {
            g.writeStartArray();
            for (int i = 0; i < live.size(); i++) {
                TagState t = live.tag(i);
                if (enterprise == null || enterprise.equals(t.definition().enterpriseId())) LiveJson.writeTag(g, t);
            }
            g.writeEndArray();
        }));
    }

    private void tag(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        TagState t = live.tag(id);
        if (t == null) {
            ApiReplies.error(ctx, 404, "no tag '" + id + "' in the park");
            return;
        }
        ApiReplies.json(ctx, LiveJson.render(g -> LiveJson.writeTag(g, t)));
    }

    private void feeds(RoutingContext ctx) {
        ApiReplies.json(ctx, LiveJson.render(g -> LiveJson.writeFeeds(g, live)));
    }
}
