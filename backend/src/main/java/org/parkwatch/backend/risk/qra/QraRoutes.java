package org.parkwatch.backend.risk.qra;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * HTTP routes of the park QRA (issue 6): latest run and status, stored runs, contours GeoJSON, F–N
 * curve, GB 36894 target checks, relocation list, recompute, wind rose. Enterprise-owned parts
 * (installations, relocation candidates and contributions) are filtered by the caller's {@link
 * Principal}; contours, F–N and targets are park-level.
 */
public final class QraRoutes {
    private final Vertx vertx;
    private final QraService service;
    private final WindRoseStore roses;
    private long cachedId = -1;
    private JsonObject cachedResults;

    public QraRoutes(Vertx vertx, QraService service, WindRoseStore roses) {
        this.vertx = vertx;
        this.service = service;
        this.roses = roses;
    }

    public List<RouteSpec> routes() {
        String read = Permissions.RISK_READ;
        return List.of(
                RouteSpec.get("/api/risk/qra", this::status, read),
                RouteSpec.get("/api/risk/qra/runs", this::runs, read),
                RouteSpec.get("/api/risk/qra/runs/:id", this::run, read),
                RouteSpec.get("/api/risk/contours.geojson", this::contours, read),
                RouteSpec.get("/api/risk/fn", this::fn, read),
                RouteSpec.get("/api/risk/targets", this::targets, read),
                RouteSpec.get("/api/risk/relocation", this::relocation, read),
                RouteSpec.post("/api/risk/qra/recompute", this::recompute, Permissions.RISK_RUN),
                RouteSpec.get("/api/risk/wind-rose", this::windRose, read),
                new RouteSpec(
                        HttpMethod.PUT,
                        "/api/risk/wind-rose",
                        this::putWindRose,
                        Permissions.RISK_RUN));
    }

    private void status(RoutingContext ctx) {
        ApiReplies.json(ctx, service.status().encode());
    }

    private void runs(RoutingContext ctx) {
        if (service.repository() == null) {
            reply(ctx, service.memoryRuns());
            return;
        }
        vertx.executeBlocking(() -> service.repository().list(50), false)
                .onComplete(
                        r -> {
                            if (r.failed())
                                ApiReplies.error(
                                        ctx,
                                        500,
                                        "cannot read QRA runs: " + r.cause().getMessage());
                            else reply(ctx, r.result());
                        });
    }

    private static void reply(RoutingContext ctx, List<QraRun> runs) {
        JsonArray out = new JsonArray();
        runs.forEach(r -> out.add(QraJson.runSummary(r)));
        ApiReplies.json(ctx, out.encode());
    }

    private void run(RoutingContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ApiReplies.error(
                    ctx, 400, "id: expected a run number, got '" + ctx.pathParam("id") + "'");
            return;
        }
        var lookup =
                service.repository() == null
                        ? Future.succeededFuture(
                                service.memoryRuns().stream().filter(r -> r.id() == id).findFirst())
                        : vertx.executeBlocking(() -> service.repository().byId(id), false);
        lookup.onComplete(
                r -> {
                    if (r.failed()) {
                        ApiReplies.error(
                                ctx,
                                500,
                                "cannot read QRA run " + id + ": " + r.cause().getMessage());
                    } else if (r.result().isEmpty()) {
                        ApiReplies.error(ctx, 404, "no QRA run " + id);
                    } else {
                        QraRun run = r.result().get();
                        JsonObject inputs = new JsonObject(run.inputs());
                        JsonArray inst = inputs.getJsonArray("installations", new JsonArray());
                        inputs.put(
                                "installations",
                                new JsonArray(
                                        inst.stream()
                                                .filter(
                                                        o ->
                                                                visible(
                                                                        ctx,
                                                                        ((JsonObject) o)
                                                                                .getString(
                                                                                        "enterpriseId")))
                                                .toList()));
                        JsonObject results =
                                run.results() == null
                                        ? null
                                        : scopeResults(ctx, new JsonObject(run.results()));
                        ApiReplies.json(
                                ctx,
                                new JsonObject()
                                        .put("summary", QraJson.runSummary(run))
                                        .put("inputs", inputs)
                                        .put("results", results)
                                        .encode());
                    }
                });
    }

    private void contours(RoutingContext ctx) {
        latestResults(ctx)
                .ifPresent(
                        r ->
                                ctx.response()
                                        .putHeader("Content-Type", "application/geo+json")
                                        .end(r.getJsonObject("contours").encode()));
    }

    private void fn(RoutingContext ctx) {
        latestResults(ctx)
                .ifPresent(
                        r ->
                                ApiReplies.json(
                                        ctx,
                                        r.getJsonObject("fn")
                                                .copy()
                                                .put("runId", service.latest().id())
                                                .encode()));
    }

    private void targets(RoutingContext ctx) {
        latestResults(ctx).ifPresent(r -> ApiReplies.json(ctx, r.getJsonArray("targets").encode()));
    }

    private void relocation(RoutingContext ctx) {
        latestResults(ctx)
                .ifPresent(
                        r ->
                                ApiReplies.json(
                                        ctx,
                                        scopeRelocation(ctx, r.getJsonObject("relocation").copy())
                                                .put("runId", service.latest().id())
                                                .encode()));
    }

    private void recompute(RoutingContext ctx) {
        Optional<Long> id = service.recompute("on-demand");
        if (id.isEmpty()) {
            JsonObject s = service.status().getJsonObject("status");
            ApiReplies.error(ctx, 409, "a QRA run is in progress (run " + s.getLong("runId") + ")");
            return;
        }
        ctx.response()
                .setStatusCode(202)
                .putHeader("Content-Type", ApiReplies.JSON)
                .end(new JsonObject().put("runId", id.get()).encode());
    }

    private void windRose(RoutingContext ctx) {
        QraRun latest = service.latest();
        JsonObject used =
                latest == null ? null : new JsonObject(latest.inputs()).getJsonObject("windRose");
        WindRose configured = roses.configured();
        JsonObject configuredJson = configured == null ? null : WindRoseJson.toJson(configured);
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("configured", configuredJson)
                        .put("latestRun", used)
                        .put(
                                "next",
                                configured == null
                                        ? "derived from PARK.WS1.WD history when enough hourly values exist, else the demo rose"
                                        : "configured")
                        .encode());
    }

    private void putWindRose(RoutingContext ctx) {
        WindRose rose;
        try {
            JsonObject body = ctx.body().asJsonObject();
            if (body == null) {
                ApiReplies.error(
                        ctx,
                        400,
                        "body: expected a JSON object {\"sectors\":[…16], \"classes\":[…]}");
                return;
            }
            rose = WindRoseJson.parse(body, "configured", "set through PUT /api/risk/wind-rose");
        } catch (DecodeException | ClassCastException e) {
            ApiReplies.error(ctx, 400, "body: not a JSON object");
            return;
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(
                        () -> {
                            roses.save(rose);
                            return null;
                        },
                        false)
                .onComplete(
                        r -> {
                            if (r.failed())
                                ApiReplies.error(
                                        ctx,
                                        500,
                                        "cannot save the wind rose: " + r.cause().getMessage());
                            else ApiReplies.json(ctx, WindRoseJson.toJson(rose).encode());
                        });
    }

    /** The latest run's results, or a 404 reply and empty. */
    private Optional<JsonObject> latestResults(RoutingContext ctx) {
        QraRun latest = service.latest();
        if (latest == null) {
            ApiReplies.error(ctx, 404, "no QRA run yet (POST /api/risk/qra/recompute)");
            return Optional.empty();
        }
        if (cachedId != latest.id()) {
            cachedResults = new JsonObject(latest.results());
            cachedId = latest.id();
        }
        return Optional.of(cachedResults);
    }

    private JsonObject scopeResults(RoutingContext ctx, JsonObject results) {
        return results.put("relocation", scopeRelocation(ctx, results.getJsonObject("relocation")));
    }

    /** Candidates and contributions of enterprises the caller sees. */
    private JsonObject scopeRelocation(RoutingContext ctx, JsonObject relocation) {
        JsonArray candidates =
                new JsonArray(
                        relocation.getJsonArray("candidates").stream()
                                .filter(
                                        o ->
                                                visible(
                                                        ctx,
                                                        ((JsonObject) o).getString("enterpriseId")))
                                .toList());
        JsonArray violations = new JsonArray();
        for (Object o : relocation.getJsonArray("violations")) {
            JsonObject v = ((JsonObject) o).copy();
            v.put(
                    "contributions",
                    new JsonArray(
                            v.getJsonArray("contributions").stream()
                                    .filter(
                                            c ->
                                                    visible(
                                                            ctx,
                                                            ((JsonObject) c)
                                                                    .getString("enterpriseId")))
                                    .toList()));
            violations.add(v);
        }
        return relocation.put("candidates", candidates).put("violations", violations);
    }

    /**
     * May the caller see this enterprise's part? The route guard puts a principal on every request
     * to these routes; {@link Principal#of} answers the anonymous caller (sees nothing) if one ever
     * arrived without.
     */
    private static boolean visible(RoutingContext ctx, String enterpriseId) {
        return Principal.of(ctx).sees(enterpriseId);
    }
}
