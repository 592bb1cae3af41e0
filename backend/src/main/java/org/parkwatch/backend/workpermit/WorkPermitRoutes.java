package org.parkwatch.backend.workpermit;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The special-work-permit API (docs/work-permits-api.md): an enterprise files and reads its own
 * permits, the park roles read all; writes are audited by the route guard like every write. A rule
 * refusal is 422 naming the rule and its clause; bad fields 400; an illegal transition 409.
 */
final class WorkPermitRoutes {
    private final Vertx vertx;
    private final WorkPermitService permits;
    private final WorkPermitCrossCheck crossCheck;
    private final WorkPlaces places;
    private final WorkPermitOptions options;
    private final LongSupplier clockMs;

    WorkPermitRoutes(
            Vertx vertx,
            WorkPermitService permits,
            WorkPermitCrossCheck crossCheck,
            WorkPlaces places,
            WorkPermitOptions options,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.permits = permits;
        this.crossCheck = crossCheck;
        this.places = places;
        this.options = options;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.WORK_PERMIT_READ;
        String write = Permissions.WORK_PERMIT_WRITE;
        String base = "/api/work-permits";
        return List.of(
                RouteSpec.get(base, this::list, read),
                RouteSpec.post(base, this::create, write),
                RouteSpec.get(base + "/rules", this::rules, read),
                RouteSpec.get(base + "/stats", this::stats, read),
                RouteSpec.get(base + "/active.geojson", this::geojson, read),
                RouteSpec.get(base + "/cross-checks", this::crossChecks, read),
                RouteSpec.get(base + "/spot-checks", this::spotChecks, read),
                RouteSpec.post(base + "/import", this::importCsv, write),
                RouteSpec.get(base + "/:id", this::get, read),
                RouteSpec.post(base + "/:id", this::update, write),
                RouteSpec.post(base + "/:id/transition", this::transition, write),
                RouteSpec.post(base + "/:id/gas-analyses", this::gasAnalysis, write),
                RouteSpec.get(base + "/:id/camera", this::camera, read),
                RouteSpec.post(
                        base + "/:id/spot-checks",
                        this::spotCheck,
                        Permissions.WORK_PERMIT_SPOT_CHECK));
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    WorkPermitQuery q = query(ctx);
                    if (q.enterpriseId() != null && !p.sees(q.enterpriseId()))
                        throw new SecurityException("enterprise: not yours");
                    JsonArray out = new JsonArray();
                    permits.list(p, q).forEach(w -> out.add(WorkPermitJson.permit(w)));
                    return new JsonObject().put("permits", out).encode();
                });
    }

    private WorkPermitQuery query(RoutingContext ctx) {
        String state = ctx.queryParams().get("state");
        String kind = ctx.queryParams().get("kind");
        String day = ctx.queryParams().get("day");
        String active = ctx.queryParams().get("active");
        Long from = null, to = null;
        if (day != null && !day.isBlank()) {
            long[] d = day(day, "day");
            from = d[0];
            to = d[1];
        }
        return new WorkPermitQuery(
                state == null || state.isBlank() ? null : WorkState.of(state),
                kind == null || kind.isBlank() ? null : WorkKind.of(kind),
                blankToNull(ctx.queryParams().get("enterprise")),
                from,
                to,
                "true".equals(active) ? clockMs.getAsLong() : null);
    }

    private long[] day(String text, String field) {
        try {
            LocalDate d = LocalDate.parse(text.trim());
            ZoneId z = options.zone();
            return new long[] {
                d.atStartOfDay(z).toInstant().toEpochMilli(),
                d.plusDays(1).atStartOfDay(z).toInstant().toEpochMilli()
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date yyyy-MM-dd");
        }
    }

    private void get(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        reply(ctx, 200, () -> WorkPermitJson.permit(permits.get(p, id)).encode());
    }

    private void create(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        vertx.executeBlocking(
                        () -> {
                            SpecialWorkPermit draft =
                                    WorkPermitJson.parse(
                                            ApiReplies.jsonBody(ctx),
                                            p.scoped() ? p.enterpriseId() : null,
                                            p.username(),
                                            now);
                            return permits.file(p, draft, now);
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) {
                                WorkPermitService.Filed f = ar.result();
                                ctx.response()
                                        .setStatusCode(f.created() ? 201 : 200)
                                        .putHeader("Content-Type", ApiReplies.JSON)
                                        .end(
                                                WorkPermitJson.permit(f.permit())
                                                        .put("created", f.created())
                                                        .encode());
                            } else fail(ctx, ar.cause());
                        });
    }

    private void update(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () -> {
                    SpecialWorkPermit old = permits.get(p, id);
                    SpecialWorkPermit draft =
                            WorkPermitJson.parse(
                                    ApiReplies.jsonBody(ctx)
                                            .put("enterpriseId", old.enterpriseId()),
                                    p.scoped() ? p.enterpriseId() : null,
                                    p.username(),
                                    now);
                    return WorkPermitJson.permit(permits.update(p, id, draft, now)).encode();
                });
    }

    private void transition(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    WorkState to;
                    try {
                        to = WorkState.of(WorkPermitJson.text(b, "to", true));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                e.getMessage().startsWith("to:")
                                        ? e.getMessage()
                                        : "to: " + e.getMessage());
                    }
                    String approver = WorkPermitJson.text(b, "approver", false);
                    return WorkPermitJson.permit(permits.transition(p, id, to, approver, now))
                            .encode();
                });
    }

    private void gasAnalysis(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    GasAnalysis a = WorkPermitJson.analysis(ApiReplies.jsonBody(ctx), "");
                    return WorkPermitJson.permit(permits.addGasAnalysis(p, id, a, now)).encode();
                });
    }

    private void importCsv(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    String text = ctx.body() == null ? null : ctx.body().asString("UTF-8");
                    WorkPermitCsv.Rows rows =
                            WorkPermitCsv.read(
                                    text,
                                    options.zone(),
                                    p.scoped() ? p.enterpriseId() : null,
                                    p.username(),
                                    now);
                    List<WorkPermitService.Filed> filed =
                            permits.importAll(p, rows.permits(), rows.lines(), now);
                    JsonArray ids = new JsonArray();
                    int created = 0;
                    for (WorkPermitService.Filed f : filed) {
                        ids.add(f.permit().id());
                        if (f.created()) created++;
                    }
                    return new JsonObject()
                            .put("imported", filed.size())
                            .put("created", created)
                            .put("updated", filed.size() - created)
                            .put("ids", ids)
                            .encode();
                });
    }

    private void rules(RoutingContext ctx) {
        JsonArray out = new JsonArray();
        permits.rules().rules().forEach(r -> out.add(WorkPermitJson.rule(r)));
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("standard", "GB 30871-2022")
                        .put("gasNearM", options.gasNearM())
                        .put("rules", out)
                        .encode());
    }

    private void stats(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    String from = ctx.queryParams().get("from");
                    String to = ctx.queryParams().get("to");
                    LocalDate today =
                            LocalDate.ofInstant(
                                    java.time.Instant.ofEpochMilli(clockMs.getAsLong()),
                                    options.zone());
                    LocalDate f = from == null ? today.minusDays(6) : LocalDate.parse(from);
                    LocalDate t = to == null ? today : LocalDate.parse(to);
                    if (t.isBefore(f) || f.plusDays(366).isBefore(t))
                        throw new IllegalArgumentException(
                                "to: must be within 366 days after from");
                    return WorkPermitStats.of(
                                    permits.list(p, WorkPermitQuery.ALL),
                                    f,
                                    t,
                                    today,
                                    options.zone(),
                                    clockMs.getAsLong())
                            .encode();
                });
    }

    private void geojson(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    String kind = ctx.queryParams().get("kind");
                    WorkPermitQuery q =
                            new WorkPermitQuery(
                                    null,
                                    kind == null || kind.isBlank() ? null : WorkKind.of(kind),
                                    null,
                                    null,
                                    null,
                                    clockMs.getAsLong());
                    JsonArray features = new JsonArray();
                    for (SpecialWorkPermit w : permits.list(p, q)) {
                        features.add(
                                new JsonObject()
                                        .put("type", "Feature")
                                        .put("id", w.id())
                                        .put(
                                                "geometry",
                                                new JsonObject(
                                                        WorkPermitJson.geoJson(w.geometry())))
                                        .put(
                                                "properties",
                                                new JsonObject()
                                                        .put("kind", w.kind().name())
                                                        .put("kindZh", w.kind().nameZh())
                                                        .put("kindEn", w.kind().nameEn())
                                                        .put("level", w.level())
                                                        .put(
                                                                "levelZh",
                                                                w.level() == null
                                                                        ? null
                                                                        : WorkKind.levelZh(
                                                                                w.level()))
                                                        .put("state", w.state().name())
                                                        .put("enterpriseId", w.enterpriseId())
                                                        .put("placeZh", w.placeZh())
                                                        .put("startMs", w.startMs())
                                                        .put("endMs", w.endMs())
                                                        .put(
                                                                "leader",
                                                                String.join(
                                                                        "、", w.namesOf("leader")))
                                                        .put(
                                                                "guardian",
                                                                String.join(
                                                                        "、",
                                                                        w.namesOf("guardian")))));
                    }
                    return new JsonObject()
                            .put("type", "FeatureCollection")
                            .put("features", features)
                            .encode();
                });
    }

    private void crossChecks(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray out = new JsonArray();
        for (Map.Entry<String, List<WorkPermitCrossCheck.Conflict>> e :
                crossCheck.conflicts().entrySet()) {
            if (!p.sees(e.getKey())) continue;
            for (WorkPermitCrossCheck.Conflict c : e.getValue())
                out.add(WorkPermitCrossCheck.json(c));
        }
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("gasNearM", options.gasNearM())
                        .put("conflicts", out)
                        .encode());
    }

    private void camera(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        reply(
                ctx,
                200,
                () -> {
                    SpecialWorkPermit w = permits.get(p, id);
                    var c = w.geometry().getCentroid();
                    JsonObject cam =
                            WorkPermitCrossCheck.camera(
                                    places.cameraFor(c.getX(), c.getY(), options.cameraSearchM())
                                            .filter(x -> p.sees(x.enterpriseId()))
                                            .orElse(null));
                    return new JsonObject()
                            .put("permitId", w.id())
                            .put("searchRangeM", options.cameraSearchM())
                            .put("camera", cam)
                            .encode();
                });
    }

    private void spotCheck(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String id = ctx.pathParam("id");
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    String camera = WorkPermitJson.text(b, "cameraId", true);
                    if (!places.isCamera(camera))
                        throw new IllegalArgumentException("cameraId: unknown camera " + camera);
                    String note = WorkPermitJson.text(b, "note", false);
                    if (note != null && note.length() > 2000)
                        throw new IllegalArgumentException("note: longer than 2000");
                    return spotJson(permits.spotCheck(p, id, camera, note, now)).encode();
                });
    }

    private void spotChecks(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String permit = blankToNull(ctx.queryParams().get("permit"));
        JsonArray out = new JsonArray();
        permits.spotChecks(p, permit).forEach(s -> out.add(spotJson(s)));
        ApiReplies.json(ctx, new JsonObject().put("spotChecks", out).encode());
    }

    private static JsonObject spotJson(SpotCheck s) {
        return new JsonObject()
                .put("id", s.id())
                .put("permitId", s.permitId())
                .put("enterpriseId", s.enterpriseId())
                .put("cameraId", s.cameraId())
                .put("username", s.username())
                .put("role", s.role())
                .put("atMs", s.atMs())
                .put("note", s.note());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        vertx.executeBlocking(work, false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded())
                                ctx.response()
                                        .setStatusCode(okStatus)
                                        .putHeader("Content-Type", ApiReplies.JSON)
                                        .end(ar.result());
                            else fail(ctx, ar.cause());
                        });
    }

    /**
     * 422 for a rule (naming rule, clause, field and every violation), 403 not the caller's, 409 an
     * illegal transition or a closed permit, else {@link ApiReplies#failure} (400, 404, 503).
     */
    private static void fail(RoutingContext ctx, Throwable t) {
        if (t instanceof RuleViolationException r) {
            RuleViolation first = r.violations().get(0);
            JsonArray all = new JsonArray();
            r.violations().forEach(v -> all.add(WorkPermitJson.violation(v)));
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("rule", first.ruleId());
            details.put("clause", "GB 30871-2022 " + first.clause());
            details.put("field", first.field());
            details.put("violations", all);
            ApiReplies.error(ctx, 422, r.getMessage(), details);
        } else if (t instanceof SecurityException) {
            ApiReplies.error(ctx, 403, t.getMessage());
        } else if (t instanceof IllegalStateException) {
            ApiReplies.error(ctx, 409, t.getMessage());
        } else if (t instanceof java.time.DateTimeException) {
            ApiReplies.error(ctx, 400, "date: " + t.getMessage());
        } else {
            ApiReplies.failure(ctx, t);
        }
    }
}
