package org.parkwatch.backend.safetyduty;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The safety-duty API under {@value #BASE}: responsibility (cycles, duties, a hazard's duties and
 * checks, filing a check or a responsible person), today's commitments and the declaration, the
 * unit calendar and its filings. Every write is audited by the route guard; handlers parse, call
 * the service on a worker, reply.
 */
final class SafetyDutyRoutes {
    static final String BASE = "/api/safety-duty/";

    private final Vertx vertx;
    private final SafetyDutyService service;
    private final SafetyDutyJson json;
    private final LongSupplier clockMs;

    SafetyDutyRoutes(
            Vertx vertx, SafetyDutyService service, SafetyDutyJson json, LongSupplier clockMs) {
        this.vertx = vertx;
        this.service = service;
        this.json = json;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.SAFETY_DUTY_READ;
        String write = Permissions.SAFETY_DUTY_WRITE;
        return List.of(
                RouteSpec.get(BASE + "cycles", this::cycles, read),
                RouteSpec.get(BASE + "duties", this::duties, read),
                RouteSpec.get(BASE + "hazards/:unitId", this::hazard, read),
                RouteSpec.post(BASE + "checks", this::fileCheck, write),
                RouteSpec.post(BASE + "responsibles", this::putResponsible, write),
                RouteSpec.get(BASE + "commitments/today", this::today, read),
                RouteSpec.post(BASE + "commitments", this::declare, write),
                RouteSpec.get(BASE + "summary", this::summary, read),
                RouteSpec.get(BASE + "units", this::units, read),
                RouteSpec.get(BASE + "calendar", this::calendar, read),
                RouteSpec.post(BASE + "calendar", this::file, write),
                RouteSpec.post(BASE + "calendar/:id/actual", this::actual, write));
    }

    private void cycles(RoutingContext ctx) {
        ApiReplies.json(ctx, SafetyDutyJson.cycles().encode());
    }

    private void duties(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        boolean overdue = "true".equals(ctx.request().getParam("overdue"));
        String unit = ctx.request().getParam("unitId");
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    service.duties(p, unit, overdue).forEach(d -> out.add(json.duty(d)));
                    return new JsonObject()
                            .put("duties", out)
                            .put("cycles", SafetyDutyJson.cycles())
                            .encode();
                });
    }

    /** The hazard detail's addition: the unit's duties with overdue flags and its checks. */
    private void hazard(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String unit = ctx.pathParam("unitId");
        reply(
                ctx,
                200,
                () -> {
                    JsonArray checks = new JsonArray();
                    service.checks(p, unit).forEach(k -> checks.add(SafetyDutyJson.check(k)));
                    JsonArray duties = new JsonArray();
                    service.duties(p, unit, false).forEach(d -> duties.add(json.duty(d)));
                    return new JsonObject()
                            .put("unitId", unit)
                            .put("duties", duties)
                            .put(
                                    "overdue",
                                    duties.stream()
                                            .filter(d -> ((JsonObject) d).getBoolean("overdue"))
                                            .count())
                            .put("checks", checks)
                            .encode();
                });
    }

    private void fileCheck(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () ->
                        SafetyDutyJson.check(
                                        service.fileCheck(
                                                p,
                                                SafetyDutyJson.check(
                                                        ApiReplies.jsonBody(ctx), now)))
                                .encode());
    }

    private void putResponsible(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                201,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    Responsible r =
                            service.putResponsible(
                                    p,
                                    SafetyDutyJson.text(b, "unitId"),
                                    DutyRole.parse(SafetyDutyJson.text(b, "role")),
                                    SafetyDutyJson.text(b, "person"));
                    return new JsonObject()
                            .put("unitId", r.unitId())
                            .put("role", r.role().id())
                            .put("person", r.person())
                            .put("sinceMs", r.sinceMs())
                            .encode();
                });
    }

    private void today(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    List<CommitmentBoard.Row> rows = service.today(p);
                    String day = service.deadline().day(clockMs.getAsLong()).toString();
                    JsonArray out = new JsonArray();
                    rows.forEach(r -> out.add(json.row(r, true)));
                    return new JsonObject()
                            .put("day", day)
                            .put("deadline", service.deadline().at().toString())
                            .put(
                                    "deadlineMs",
                                    service.deadline().deadlineMs(java.time.LocalDate.parse(day)))
                            .put(
                                    "summary",
                                    SafetyDutyJson.summary(CommitmentBoard.summary(day, rows)))
                            .put("specialWorkKinds", new JsonArray(Commitment.SPECIAL_WORK_KINDS))
                            .put("rows", out)
                            .encode();
                });
    }

    private void declare(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                201,
                () -> {
                    Commitment c =
                            service.declare(p, SafetyDutyJson.commitment(ApiReplies.jsonBody(ctx)));
                    long deadlineMs =
                            service.deadline().deadlineMs(java.time.LocalDate.parse(c.day()));
                    return json.row(
                                    new CommitmentBoard.Row(
                                            c.enterpriseId(),
                                            CommitmentBoard.state(c, deadlineMs, c.declaredMs()),
                                            c),
                                    true)
                            .put("day", c.day())
                            .encode();
                });
    }

    /** The three summaries (park-wide figures: no names, no details). */
    private void summary(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    if (p.scoped()) {
                        // an enterprise's own figures only: no park-wide counts of the others
                        String day = service.deadline().day(clockMs.getAsLong()).toString();
                        return new JsonObject()
                                .put(
                                        "commitments",
                                        SafetyDutyJson.summary(
                                                CommitmentBoard.summary(day, service.today(p))))
                                .encode();
                    }
                    return new JsonObject()
                            .put("commitments", SafetyDutyJson.summary(service.commitmentSummary()))
                            .put(
                                    "responsibility",
                                    JsonObject.mapFrom(service.responsibilitySummary()))
                            .put("units", JsonObject.mapFrom(service.unitSummary()))
                            .encode();
                });
    }

    private void units(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    Map<String, DutyUnit> byId = unitsById(p);
                    Map<String, Optional<UnitFiling>> states = service.unitStates(p);
                    JsonArray out = new JsonArray();
                    for (DutyUnit u : byId.values())
                        out.add(
                                json.unit(
                                        u,
                                        states.getOrDefault(u.unitId(), Optional.empty()),
                                        byId));
                    return new JsonObject().put("units", out).encode();
                });
    }

    private void calendar(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    Map<String, DutyUnit> byId = unitsById(p);
                    JsonArray out = new JsonArray();
                    service.filings(p).forEach(f -> out.add(json.filing(f, byId)));
                    return new JsonObject().put("filings", out).encode();
                });
    }

    private void file(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                201,
                () ->
                        json.filing(
                                        service.file(
                                                p, SafetyDutyJson.filing(ApiReplies.jsonBody(ctx))),
                                        unitsById(p))
                                .encode());
    }

    private void actual(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String idText = ctx.pathParam("id");
        reply(
                ctx,
                200,
                () -> {
                    long id;
                    try {
                        id = Long.parseLong(idText);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "filing id must be a number, got '" + idText + "'");
                    }
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    return json.filing(
                                    service.setActual(
                                            p,
                                            id,
                                            SafetyDutyJson.nullableMs(b, "actualStartMs"),
                                            SafetyDutyJson.nullableMs(b, "actualEndMs")),
                                    unitsById(p))
                            .encode();
                });
    }

    private Map<String, DutyUnit> unitsById(Principal p) {
        Map<String, DutyUnit> out = new LinkedHashMap<>();
        service.units(p).forEach(u -> out.put(u.unitId(), u));
        return out;
    }

    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }
}
