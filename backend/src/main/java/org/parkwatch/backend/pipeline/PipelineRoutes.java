package org.parkwatch.backend.pipeline;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The pipeline API (park roles): pipelines with their classes and safety zones, encroachments,
 * patrols (filed by park operators) and the coverage of each segment over the last {@code days}.
 */
final class PipelineRoutes {
    /** Default window of patrols and coverage, days. */
    static final int DEFAULT_DAYS = 30;

    private static final long DAY_MS = 86_400_000L;

    private final Vertx vertx;
    private final PipelineService pipelines;
    private final LongSupplier clockMs;

    PipelineRoutes(Vertx vertx, PipelineService pipelines, LongSupplier clockMs) {
        this.vertx = vertx;
        this.pipelines = pipelines;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.PIPELINE_READ;
        return List.of(
                RouteSpec.get("/api/pipelines", this::list, read),
                RouteSpec.get("/api/pipelines/encroachments", this::encroachments, read),
                RouteSpec.get("/api/pipelines/patrols", this::patrols, read),
                RouteSpec.post("/api/pipelines/patrols", this::file, Permissions.PIPELINE_PATROL),
                RouteSpec.get("/api/pipelines/coverage", this::coverage, read));
    }

    private void list(RoutingContext ctx) {
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () ->
                        new JsonObject()
                                .put("classes", PipelineJson.classes(pipelines.classes()))
                                .put("pipelines", PipelineJson.pipelines(pipelines.pipelines()))
                                .encode());
    }

    private void encroachments(RoutingContext ctx) {
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () ->
                        new JsonObject()
                                .put(
                                        "encroachments",
                                        PipelineJson.encroachments(pipelines.encroachments()))
                                .encode());
    }

    private void patrols(RoutingContext ctx) {
        long now = clockMs.getAsLong();
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    long from = now - days(ctx) * DAY_MS;
                    JsonArray out = new JsonArray();
                    pipelines
                            .patrols(from, now + 1)
                            .forEach(p -> out.add(PipelineJson.patrol(p, true)));
                    return new JsonObject().put("fromMs", from).put("patrols", out).encode();
                });
    }

    private void file(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        vertx.executeBlocking(
                        () -> {
                            Patrol patrol =
                                    PipelineJson.patrol(
                                            ApiReplies.jsonBody(ctx),
                                            UUID.randomUUID().toString(),
                                            p.username(),
                                            now);
                            return PipelineJson.patrol(pipelines.file(patrol), false).encode();
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) {
                                ctx.response()
                                        .setStatusCode(201)
                                        .putHeader("Content-Type", ApiReplies.JSON)
                                        .end(ar.result());
                            } else {
                                ApiReplies.failure(ctx, ar.cause());
                            }
                        });
    }

    private void coverage(RoutingContext ctx) {
        long now = clockMs.getAsLong();
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    long from = now - days(ctx) * DAY_MS;
                    return new JsonObject()
                            .put("fromMs", from)
                            .put("toMs", now)
                            .put("trackToleranceM", PatrolCoverage.TRACK_TOLERANCE_M)
                            .put(
                                    "pipelines",
                                    PipelineJson.coverage(pipelines.coverage(from, now + 1)))
                            .encode();
                });
    }

    /** The {@code days} parameter, 1…366. */
    private static long days(RoutingContext ctx) {
        long d = BlockingReply.longParam(ctx, "days", DEFAULT_DAYS);
        if (d < 1 || d > 366) throw new IllegalArgumentException("days must be 1…366, got " + d);
        return d;
    }
}
