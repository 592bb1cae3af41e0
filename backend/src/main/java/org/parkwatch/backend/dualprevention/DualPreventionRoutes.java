package org.parkwatch.backend.dualprevention;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The dual-prevention API: an enterprise files and sees its own risk points, inspections and hidden
 * dangers (and syncs them from its own system); the park sees all. Refusals: 400 a bad field
 * (named), 403 another enterprise's, 404 unknown or not the caller's, 409 a life-cycle step the
 * rules forbid (the rule named). Writes are audited by the route guard like every write; after each
 * the overdue alarms are decided again.
 */
final class DualPreventionRoutes {
    private static final String BASE = "/api/dual-prevention";

    private final Vertx vertx;
    private final DualPreventionService service;
    private final GeometryJson geometry;
    private final Runnable afterWrite;
    private final LongSupplier clockMs;

    DualPreventionRoutes(
            Vertx vertx,
            DualPreventionService service,
            GeometryJson geometry,
            Runnable afterWrite,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.service = service;
        this.geometry = geometry;
        this.afterWrite = afterWrite;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.DUAL_PREVENTION_READ;
        String write = Permissions.DUAL_PREVENTION_WRITE;
        return List.of(
                RouteSpec.get(BASE + "/bands", this::bands, read),
                RouteSpec.get(BASE + "/risk-points", this::riskPoints, read),
                RouteSpec.post(BASE + "/risk-points", this::fileRiskPoint, write),
                RouteSpec.get(BASE + "/inspection-tasks/:taskId/records", this::records, read),
                RouteSpec.post(BASE + "/inspection-tasks/:taskId/records", this::inspect, write),
                RouteSpec.get(BASE + "/hidden-dangers", this::dangers, read),
                RouteSpec.post(BASE + "/hidden-dangers", this::report, write),
                RouteSpec.get(BASE + "/hidden-dangers/:id", this::detail, read),
                RouteSpec.post(BASE + "/hidden-dangers/:id/actions", this::act, write),
                RouteSpec.post(BASE + "/hidden-dangers/:id/photos", this::attach, write),
                RouteSpec.get(BASE + "/hidden-dangers/:id/photos/:sha", this::photo, read),
                RouteSpec.get(BASE + "/statistics", this::statistics, read),
                RouteSpec.get(BASE + "/map", this::map, read),
                RouteSpec.post(BASE + "/sync", this::sync, write));
    }

    private void bands(RoutingContext ctx) {
        ApiReplies.json(ctx, DualPreventionJson.bands().encode());
    }

    private void riskPoints(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    service.riskPoints(p)
                            .forEach(r -> out.add(DualPreventionJson.riskPoint(r, now)));
                    return new JsonObject().put("riskPoints", out).put("atMs", now).encode();
                });
    }

    private void fileRiskPoint(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        write(
                ctx,
                201,
                () -> {
                    Inputs.RiskPointIn in =
                            DualPreventionJson.riskPoint(ApiReplies.jsonBody(ctx), geometry, "");
                    return DualPreventionJson.riskPoint(service.fileRiskPoint(p, in, now), now)
                            .encode();
                });
    }

    private void records(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String task = ctx.pathParam("taskId");
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    service.records(p, task).forEach(r -> out.add(DualPreventionJson.record(r)));
                    return new JsonObject().put("records", out).encode();
                });
    }

    private void inspect(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        String task = ctx.pathParam("taskId");
        write(
                ctx,
                201,
                () -> {
                    JsonObject body = ApiReplies.jsonBody(ctx);
                    String result = DualPreventionJson.string(body, "result", "");
                    if (!"normal".equals(result) && !"abnormal".equals(result)) {
                        throw new IllegalArgumentException(
                                "result: '" + result + "' is not one of normal, abnormal");
                    }
                    return DualPreventionJson.record(
                                    service.inspect(
                                            p,
                                            task,
                                            "normal".equals(result),
                                            DualPreventionJson.string(body, "note", ""),
                                            now))
                            .encode();
                });
    }

    private void dangers(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        boolean openOnly = "open".equals(ctx.request().getParam("state"));
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    for (HiddenDanger d : service.dangers(p)) {
                        if (openOnly && !d.state().open()) continue;
                        out.add(DualPreventionJson.danger(d, now, service.reminderMs()));
                    }
                    return new JsonObject().put("hiddenDangers", out).put("atMs", now).encode();
                });
    }

    private void report(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        write(
                ctx,
                201,
                () -> {
                    JsonObject body = ApiReplies.jsonBody(ctx);
                    for (String k : List.of("state", "level", "deadlineMs", "responsible")) {
                        if (body.containsKey(k)) {
                            throw new IllegalArgumentException(
                                    k
                                            + ": a report starts as reported; "
                                            + "assess and assign with /actions");
                        }
                    }
                    Inputs.DangerIn in = DualPreventionJson.danger(body, geometry, "");
                    return DualPreventionJson.danger(
                                    service.report(p, in, now), now, service.reminderMs())
                            .encode();
                });
    }

    private void detail(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        String id = ctx.pathParam("id");
        reply(
                ctx,
                200,
                () ->
                        DualPreventionJson.detail(service.detail(p, id), now, service.reminderMs())
                                .encode());
    }

    private void act(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        String id = ctx.pathParam("id");
        write(
                ctx,
                200,
                () -> {
                    Inputs.Step step = DualPreventionJson.step(ApiReplies.jsonBody(ctx));
                    return DualPreventionJson.danger(
                                    service.act(p, id, step, now), now, service.reminderMs())
                            .encode();
                });
    }

    /** {@code {"type":"image/jpeg","base64":"…"}} → the photo's reference. */
    private void attach(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        String id = ctx.pathParam("id");
        write(
                ctx,
                201,
                () -> {
                    JsonObject body = ApiReplies.jsonBody(ctx);
                    String type = DualPreventionJson.string(body, "type", "photo.");
                    String text = DualPreventionJson.string(body, "base64", "photo.");
                    if (text == null) throw new IllegalArgumentException("photo.base64: missing");
                    byte[] bytes;
                    try {
                        bytes = Base64.getDecoder().decode(text);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("photo.base64: not Base64");
                    }
                    return DualPreventionJson.photo(service.attach(p, id, type, bytes, now))
                            .encode();
                });
    }

    private void photo(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        String sha = ctx.pathParam("sha");
        vertx.executeBlocking(() -> service.photo(p, id, sha), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                            } else if (ar.result().isEmpty()) {
                                ApiReplies.error(ctx, 404, "no photo " + sha + " of " + id);
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", ar.result().get().contentType())
                                        .putHeader("X-Content-Type-Options", "nosniff")
                                        .putHeader("Cache-Control", "private, max-age=3600")
                                        .end(Buffer.buffer(ar.result().get().bytes()));
                            }
                        });
    }

    private void statistics(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () ->
                        DualPreventionJson.summary(service.figures(p, now), service.reminderMs())
                                .encode());
    }

    private void map(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () ->
                        DualPreventionJson.map(service.riskPoints(p), service.dangers(p), now)
                                .encode());
    }

    /**
     * {@code {"enterpriseId":…,"riskPoints":[…],"hiddenDangers":[…]}}, each row with its {@code
     * externalId}: created or updated, all or nothing.
     */
    private void sync(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        write(
                ctx,
                200,
                () -> {
                    JsonObject body = ApiReplies.jsonBody(ctx);
                    List<Inputs.RiskPointIn> points = new ArrayList<>();
                    List<JsonObject> rp = DualPreventionJson.objects(body, "riskPoints");
                    for (int i = 0; i < rp.size(); i++)
                        points.add(
                                DualPreventionJson.riskPoint(
                                        rp.get(i), geometry, "riskPoints[" + i + "]."));
                    List<Inputs.DangerIn> dangers = new ArrayList<>();
                    List<JsonObject> hd = DualPreventionJson.objects(body, "hiddenDangers");
                    for (int i = 0; i < hd.size(); i++)
                        dangers.add(
                                DualPreventionJson.danger(
                                        hd.get(i), geometry, "hiddenDangers[" + i + "]."));
                    Inputs.SyncResult r =
                            service.sync(
                                    p,
                                    DualPreventionJson.string(body, "enterpriseId", ""),
                                    points,
                                    dangers,
                                    now);
                    return new JsonObject()
                            .put("created", r.created())
                            .put("updated", r.updated())
                            .put("unchanged", r.unchanged())
                            .encode();
                });
    }

    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }

    /** Like {@link #reply}; after a successful write the overdue alarms are decided again. */
    private void write(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(
                vertx,
                ctx,
                okStatus,
                () -> {
                    String out = work.call();
                    afterWrite.run();
                    return out;
                });
    }
}
