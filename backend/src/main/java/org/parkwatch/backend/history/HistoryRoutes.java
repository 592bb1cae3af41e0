package org.parkwatch.backend.history;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

import java.time.Clock;
import java.util.List;

/**
 * {@code GET /api/history/:tagId?from=<ms>&to=<ms>&buckets=500} → {@code {"tagId","from","to","bucketMs",
 * "points":[{"t","min","max","avg","last","n"}]}}; {@code to} defaults to now, {@code from} to one hour before it.
 * An enterprise user gets 404 for another enterprise's tag (as for an unknown one).
 */
public final class HistoryRoutes {
    static final int DEFAULT_BUCKETS = 500;
    static final int MAX_BUCKETS = 10_000;
    static final long DEFAULT_WINDOW_MS = 3_600_000;
    /** Longest window one request may ask for: 400 days (a year of trends plus margin). */
    static final long MAX_WINDOW_MS = 400L * 86_400_000L;

    private final Vertx vertx;
    private final HistoryRepository repository;
    private final Clock clock;
    private final TenantScope tenancy;

    public HistoryRoutes(Vertx vertx, HistoryRepository repository, Clock clock, TenantScope tenancy) {
        this.vertx = vertx;
        this.repository = repository;
        this.clock = clock;
        this.tenancy = tenancy;
    }

    /** Rows for the backend's route table. */
    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/history/:tagId", this::trend, Permissions.LIVE_READ));
    }

    public void register(Router router) {
        for (RouteSpec r : routes()) router.route(r.method(), r.path()).handler(r.handler());
    }

    private void trend(RoutingContext ctx) {
        String tagId = ctx.pathParam("tagId");
        if (!tenancy.seesTag(Principal.of(ctx), tagId)) { // another enterprise's tag answers like an unknown one
            ApiReplies.error(ctx, 404, "no tag '" + tagId + "' in the park");
            return;
        }
        BlockingReply.send(vertx, ctx, "application/json", () -> {
            long to = BlockingReply.longParam(ctx, "to", clock.millis());
            long from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
            long buckets = BlockingReply.longParam(ctx, "buckets", DEFAULT_BUCKETS);
            if (from >= to) throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
            if (to - from > MAX_WINDOW_MS) throw new IllegalArgumentException("window longer than 400 days");
            if (buckets < 1 || buckets > MAX_BUCKETS) {
                throw new IllegalArgumentException("buckets must be 1–" + MAX_BUCKETS + ", not " + buckets);
            }
            return toJson(repository.trend(tagId, from, to, (int) buckets)).encode();
        });
    }

    static JsonObject toJson(Trend t) {
        JsonArray points = new JsonArray();
        for (Trend.Point p : t.points()) {
            points.add(new JsonObject().put("t", p.t()).put("min", p.min()).put("max", p.max()).put("avg", p.avg())
                    .put("last", p.last()).put("n", p.n()));
        }
        return new JsonObject().put("tagId", t.tagId()).put("from", t.fromMs()).put("to", t.toMs())
                .put("bucketMs", t.bucketMs()).put("points", points);
    }
}
