package org.parkwatch.backend.history;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.uplink.Sample;

/**
 * History over HTTP, scoped to the caller's enterprise (another enterprise's tag answers 404, as an
 * unknown one):
 *
 * <ul>
 *   <li>{@code GET /api/history/:tagId?from=<ms>&to=<ms>&buckets=500} → {@code
 *       {"tagId","from","to","bucketMs","tier", "points":[{"t","min","max","avg","last","n"}]}};
 *       {@code to} defaults to now, {@code from} to one hour before; at most {@code buckets}
 *       buckets ({@link HistoryRepository#trendAtMost}: slightly fewer when a rollup tier then
 *       answers exactly), {@code tier} names what was read ({@code raw}, {@code 1m}, {@code 1h});
 *   <li>{@code GET /api/history/:tagId/raw?from&to&limit=10000} → {@code
 *       {"tagId","from","to","truncated", "samples":[{"t","v","status"}]}};
 *   <li>{@code GET /api/history-at?tags=A,B&at=<ms>} → {@code
 *       {"at","values":{"A":{"t","v","status"}}}}: each tag's latest sample at or before {@code at}
 *       (incident replay);
 *   <li>{@code GET /api/export/history.csv?tags=A,B&from&to} → CSV streamed tag by tag (see {@link
 *       HistoryExport}).
 * </ul>
 */
public final class HistoryRoutes {
    static final int DEFAULT_BUCKETS = 500;
    static final int MAX_BUCKETS = 10_000;
    static final long DEFAULT_WINDOW_MS = 3_600_000;

    /** Longest window one request may ask for: 400 days (a year of trends plus margin). */
    static final long MAX_WINDOW_MS = 400L * 86_400_000L;

    static final int DEFAULT_RAW_LIMIT = 10_000;
    static final int MAX_RAW_LIMIT = 100_000;

    /** Most tags in one value-at request (an incident replay of a whole plant). */
    static final int MAX_AT_TAGS = 5_000;

    private final Vertx vertx;
    private final HistoryRepository repository;
    private final Clock clock;
    private final TenantScope tenancy;

    public HistoryRoutes(
            Vertx vertx, HistoryRepository repository, Clock clock, TenantScope tenancy) {
        this.vertx = vertx;
        this.repository = repository;
        this.clock = clock;
        this.tenancy = tenancy;
    }

    /** Rows for the backend's route table. */
    public List<RouteSpec> routes() {
        HistoryExport export = new HistoryExport(vertx, repository, clock);
        return List.of(
                RouteSpec.get("/api/history/:tagId", this::trend, Permissions.LIVE_READ),
                RouteSpec.get("/api/history/:tagId/raw", this::raw, Permissions.LIVE_READ),
                RouteSpec.get("/api/history-at", this::valueAt, Permissions.LIVE_READ),
                RouteSpec.get(
                        "/api/export/history.csv",
                        ctx -> {
                            Set<String> tags = visibleTags(ctx, HistoryExport.MAX_TAGS);
                            if (tags != null) export.handle(ctx, tags);
                        },
                        Permissions.LIVE_READ));
    }

    public void register(Router router) {
        for (RouteSpec r : routes()) router.route(r.method(), r.path()).handler(r.handler());
    }

    private boolean visible(RoutingContext ctx, String tagId) {
        if (tenancy.seesTag(Principal.of(ctx), tagId)) return true;
        ApiReplies.error(
                ctx,
                404,
                "no tag '" + tagId + "' in the park"); // another enterprise's tag: like unknown
        return false;
    }

    private void trend(RoutingContext ctx) {
        String tagId = ctx.pathParam("tagId");
        if (!visible(ctx, tagId)) return;
        BlockingReply.send(
                vertx,
                ctx,
                "application/json",
                () -> {
                    long[] w = window(ctx);
                    long buckets = BlockingReply.longParam(ctx, "buckets", DEFAULT_BUCKETS);
                    if (buckets < 1 || buckets > MAX_BUCKETS) {
                        throw new IllegalArgumentException(
                                "buckets must be 1–" + MAX_BUCKETS + ", not " + buckets);
                    }
                    return toJson(repository.trendAtMost(tagId, w[0], w[1], (int) buckets))
                            .encode();
                });
    }

    private void raw(RoutingContext ctx) {
        String tagId = ctx.pathParam("tagId");
        if (!visible(ctx, tagId)) return;
        BlockingReply.send(
                vertx,
                ctx,
                "application/json",
                () -> {
                    long[] w = window(ctx);
                    long limit = BlockingReply.longParam(ctx, "limit", DEFAULT_RAW_LIMIT);
                    if (limit < 1 || limit > MAX_RAW_LIMIT) {
                        throw new IllegalArgumentException(
                                "limit must be 1–" + MAX_RAW_LIMIT + ", not " + limit);
                    }
                    List<Sample> samples = repository.raw(tagId, w[0], w[1], (int) limit + 1);
                    boolean truncated = samples.size() > limit;
                    JsonArray out = new JsonArray();
                    for (Sample s : truncated ? samples.subList(0, (int) limit) : samples)
                        out.add(sampleJson(s));
                    return new JsonObject()
                            .put("tagId", tagId)
                            .put("from", w[0])
                            .put("to", w[1])
                            .put("truncated", truncated)
                            .put("samples", out)
                            .encode();
                });
    }

    private void valueAt(RoutingContext ctx) {
        Set<String> tags = visibleTags(ctx, MAX_AT_TAGS);
        if (tags == null) return;
        BlockingReply.send(
                vertx,
                ctx,
                "application/json",
                () -> {
                    long at = BlockingReply.longParam(ctx, "at", clock.millis());
                    JsonObject values = new JsonObject();
                    Map<String, Sample> found = repository.valueAt(tags, at);
                    for (String t : tags)
                        if (found.containsKey(t)) values.put(t, sampleJson(found.get(t)));
                    return new JsonObject().put("at", at).put("values", values).encode();
                });
    }

    /**
     * The {@code tags} parameter (comma separated) when present, bounded and all visible; else
     * replied and null.
     */
    private Set<String> visibleTags(RoutingContext ctx, int max) {
        String param = ctx.request().getParam("tags");
        if (param == null || param.isBlank()) {
            ApiReplies.error(
                    ctx, 400, "query parameter 'tags' (comma-separated tag ids) is missing");
            return null;
        }
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(param.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .forEach(tags::add);
        if (tags.isEmpty() || tags.size() > max) {
            ApiReplies.error(ctx, 400, "tags must list 1–" + max + " tag ids, not " + tags.size());
            return null;
        }
        for (String t : tags) if (!visible(ctx, t)) return null;
        return tags;
    }

    /** [from, to) from the query; to defaults to now, from to an hour before; at most 400 days. */
    long[] window(RoutingContext ctx) {
        long to = BlockingReply.longParam(ctx, "to", clock.millis());
        long from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
        if (from >= to)
            throw new IllegalArgumentException(
                    "from (" + from + ") must be before to (" + to + ")");
        if (to - from > MAX_WINDOW_MS)
            throw new IllegalArgumentException("window longer than 400 days");
        return new long[] {from, to};
    }

    static JsonObject sampleJson(Sample s) {
        Object v = s.value();
        if (v instanceof Double d && (d.isNaN() || d.isInfinite()))
            v = d.toString(); // JSON has no NaN/Infinity
        return new JsonObject().put("t", s.sourceTimeMs()).put("v", v).put("status", s.status());
    }

    static JsonObject toJson(Trend t) {
        JsonArray points = new JsonArray();
        for (Trend.Point p : t.points()) {
            points.add(
                    new JsonObject()
                            .put("t", p.t())
                            .put("min", p.min())
                            .put("max", p.max())
                            .put("avg", p.avg())
                            .put("last", p.last())
                            .put("n", p.n()));
        }
        return new JsonObject()
                .put("tagId", t.tagId())
                .put("from", t.fromMs())
                .put("to", t.toMs())
                .put("bucketMs", t.bucketMs())
                .put("tier", t.tier())
                .put("points", points);
    }
}
