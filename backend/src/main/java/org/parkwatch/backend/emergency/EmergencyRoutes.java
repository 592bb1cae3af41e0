package org.parkwatch.backend.emergency;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.emergency.EmergencyPlan;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * {@code /api/emergency/...}: plans (read; import and edit by administrators), resources, and per
 * incident the command record with its proposal, the commander's steps, dispatch, the log and the
 * after-action report. Reads need {@code emergency:read} (an enterprise user sees only its own
 * incidents' records; another's answers 404), steps need {@code emergency:command} (park operators
 * and administrators). All work runs on one worker thread in order, so two requests cannot commit
 * the same resource twice. Every change is pushed as {@code emergency.record} to the incident's
 * owners.
 */
final class EmergencyRoutes {
    static final String PUSH_TYPE = "emergency.record";
    private static final String INC = "/api/emergency/incidents/:id";

    private final CommandService command;
    private final TaskBoard tasks;
    private final DispatchService dispatch;
    private final IncidentReplay replay;
    private final TenantScope tenancy;
    private final PushPublisher push;
    private final WorkerExecutor worker;
    private final LongSupplier clockMs;

    EmergencyRoutes(
            CommandService command,
            TaskBoard tasks,
            DispatchService dispatch,
            IncidentReplay replay,
            TenantScope tenancy,
            PushPublisher push,
            WorkerExecutor worker,
            LongSupplier clockMs) {
        this.command = command;
        this.tasks = tasks;
        this.dispatch = dispatch;
        this.replay = replay;
        this.tenancy = tenancy;
        this.push = push;
        this.worker = worker;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.EMERGENCY_READ;
        String cmd = Permissions.EMERGENCY_COMMAND;
        return List.of(
                RouteSpec.get("/api/emergency/resources", this::resources, read),
                RouteSpec.get("/api/emergency/incidents", this::records, read),
                RouteSpec.get(INC, this::record, read),
                RouteSpec.get(INC + "/log", this::log, read),
                RouteSpec.get(INC + "/replay", this::replay, read),
                RouteSpec.get(INC + "/report.html", this::reportHtml, read),
                RouteSpec.get(INC + "/report.docx", this::reportDocx, read),
                RouteSpec.post(
                        INC + "/confirm",
                        ctx -> step(ctx, (id, b, a) -> command.confirm(id, a)),
                        cmd),
                RouteSpec.post(
                        INC + "/decision",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.decide(
                                                        id,
                                                        b.getString("planId"),
                                                        level(b, false),
                                                        b.getString("reason"),
                                                        a)),
                        cmd),
                RouteSpec.post(
                        INC + "/level",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.changeLevel(
                                                        id,
                                                        level(b, true),
                                                        b.getString("reason"),
                                                        a)),
                        cmd),
                RouteSpec.post(
                        INC + "/escalate",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.escalate(id, b.getString("reason"), a)),
                        cmd),
                RouteSpec.post(
                        INC + "/facts",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.reportFacts(
                                                        id,
                                                        b.getInteger("casualties"),
                                                        b.getBoolean("receptorReached"),
                                                        b.getString("note"),
                                                        a)),
                        cmd),
                RouteSpec.post(
                        INC + "/tasks/:actionId",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                tasks.moveTask(
                                                        id,
                                                        id + "/" + ctx.pathParam("actionId"),
                                                        Task.Status.parse(b.getString("status")),
                                                        b.getString("note"),
                                                        a)),
                        cmd),
                RouteSpec.post(
                        INC + "/dispatch",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                dispatch.dispatch(
                                                        id, required(b, "resourceId"), a)),
                        cmd),
                RouteSpec.post(
                        INC + "/release",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) -> {
                                            dispatch.release(id, required(b, "dispatchId"), a);
                                            return null;
                                        }),
                        cmd),
                RouteSpec.post(
                        INC + "/issue",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                dispatch.issue(
                                                        id,
                                                        required(b, "storeId"),
                                                        required(b, "item"),
                                                        quantity(b),
                                                        a)),
                        cmd),
                RouteSpec.post(
                        INC + "/evacuation",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.evacuation(id, b.getString("note"), a)),
                        cmd),
                RouteSpec.post(
                        INC + "/all-clear",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) ->
                                                command.allClear(id, b.getString("reason"), a)),
                        cmd),
                RouteSpec.post(
                        INC + "/notes",
                        ctx ->
                                step(
                                        ctx,
                                        (id, b, a) -> {
                                            command.note(id, b.getString("text"), a);
                                            return null;
                                        }),
                        cmd));
    }

    private void resources(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    Map<String, Dispatch> committed = dispatch.committed();
                    Map<String, Map<String, Double>> stock = dispatch.stock();
                    JsonArray a = new JsonArray();
                    for (EmergencyResource r : dispatch.catalogue()) {
                        Dispatch d = committed.get(r.id());
                        // an enterprise user sees where a resource is committed only for its own
                        // incidents
                        boolean visible =
                                d == null
                                        || command.record(d.incidentId())
                                                .map(x -> tenancy.seesAny(p, x.enterprises()))
                                                .orElse(false);
                        a.add(
                                EmergencyJson.resource(
                                        r,
                                        visible ? d : null,
                                        stock.getOrDefault(r.id(), Map.of())));
                    }
                    return a.encode();
                });
    }

    private void records(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    JsonArray a = new JsonArray();
                    for (CommandRecord r : command.records(500))
                        if (tenancy.seesAny(p, r.enterprises())) a.add(EmergencyJson.record(r));
                    return a.encode();
                });
    }

    private void record(RoutingContext ctx) {
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    CommandRecord r = visible(ctx);
                    JsonObject o = EmergencyJson.record(r);
                    o.put("proposal", command.propose(r).map(EmergencyJson::proposal).orElse(null));
                    JsonArray tasks = new JsonArray();
                    for (Task t : command.tasks(r.incidentId())) tasks.add(EmergencyJson.task(t));
                    JsonArray disp = new JsonArray();
                    for (Dispatch d : dispatch.dispatches(r.incidentId()))
                        disp.add(EmergencyJson.dispatch(d));
                    o.put("tasks", tasks)
                            .put("dispatches", disp)
                            .put("foam", EmergencyJson.foam(dispatch.foam(r.incidentId())))
                            .put(
                                    "intervals",
                                    EmergencyJson.intervals(
                                            AfterActionReport.intervals(
                                                    r, command.planOf(r).orElse(null))));
                    return o.encode();
                });
    }

    private void log(RoutingContext ctx) {
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    CommandRecord r = visible(ctx);
                    var v = command.verify(r.incidentId());
                    return new JsonObject()
                            .put("entries", EmergencyJson.log(command.log(r.incidentId())))
                            .put("chainOk", v.ok())
                            .put("firstBadSeq", v.firstBadSeq())
                            .encode();
                });
    }

    /** The incident as it stood at {@code ?at=<epoch ms>} (default now): see {@link ReplayJson}. */
    private void replay(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String atParam = ctx.request().getParam("at");
        long now = clockMs.getAsLong();
        long at;
        try {
            at = atParam == null || atParam.isBlank() ? now : Long.parseLong(atParam.trim());
        } catch (NumberFormatException e) {
            ApiReplies.error(
                    ctx,
                    400,
                    "at must be an instant in epoch milliseconds but was '" + atParam + "'");
            return;
        }
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    CommandRecord r = visible(ctx);
                    String id = r.incidentId();
                    ReplayFrame f =
                            replay.frame(
                                    r,
                                    command.tasks(id),
                                    dispatch.dispatches(id),
                                    command.log(id),
                                    at,
                                    now);
                    return ReplayJson.frame(f, tag -> tenancy.seesTag(p, tag)).encode();
                });
    }

    private void reportHtml(RoutingContext ctx) {
        worker.executeBlocking(() -> ReportHtml.render(report(ctx)), true)
                .onComplete(
                        ar -> {
                            if (ar.failed()) EmergencyReplies.fail(ctx, ar.cause());
                            else
                                ctx.response()
                                        .putHeader("Content-Type", "text/html; charset=utf-8")
                                        .end(ar.result());
                        });
    }

    private void reportDocx(RoutingContext ctx) {
        worker.executeBlocking(() -> ReportDocx.render(report(ctx)), true)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                EmergencyReplies.fail(ctx, ar.cause());
                                return;
                            }
                            ctx.response()
                                    .putHeader(
                                            "Content-Type",
                                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                                    .putHeader(
                                            "Content-Disposition",
                                            "attachment; filename=\"after-action-"
                                                    + ctx.pathParam("id")
                                                            .replaceAll("[^A-Za-z0-9_-]", "_")
                                                    + ".docx\"")
                                    .end(io.vertx.core.buffer.Buffer.buffer(ar.result()));
                        });
    }

    private AfterActionReport report(RoutingContext ctx) throws Exception {
        CommandRecord r = visible(ctx);
        EmergencyPlan plan = command.planOf(r).orElse(null);
        return new AfterActionReport(
                r,
                plan,
                AfterActionReport.intervals(r, plan),
                command.tasks(r.incidentId()),
                dispatch.dispatches(r.incidentId()),
                command.log(r.incidentId()),
                command.verify(r.incidentId()).ok(),
                clockMs.getAsLong());
    }

    /** The record of the path's incident if the caller may see it; else 404 like an unknown one. */
    private CommandRecord visible(RoutingContext ctx) throws Exception {
        String id = ctx.pathParam("id");
        return command.record(id)
                .filter(r -> tenancy.seesAny(Principal.of(ctx), r.enterprises()))
                .orElseThrow(
                        () ->
                                new NoSuchElementException(
                                        "no command record for incident '" + id + "'"));
    }

    @FunctionalInterface
    interface Step {
        Object run(String incidentId, JsonObject body, Actor actor) throws Exception;
    }

    /** A commander's step: parse, run in order on the worker, push, reply with the result. */
    private void step(RoutingContext ctx, Step s) {
        JsonObject body =
                ctx.body() == null
                                || ctx.body().buffer() == null
                                || ctx.body().buffer().length() == 0
                        ? new JsonObject()
                        : EmergencyReplies.body(ctx);
        if (body == null) return;
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        Actor actor =
                new Actor(
                        p.username(),
                        p.role().name().toLowerCase(java.util.Locale.ROOT),
                        ctx.request().remoteAddress() == null
                                ? "-"
                                : ctx.request().remoteAddress().host());
        worker.executeBlocking(
                        () -> {
                            Object result = s.run(id, body, actor);
                            return new Done(
                                    toJson(result).encode(), command.record(id).orElse(null));
                        },
                        true)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                EmergencyReplies.fail(ctx, ar.cause());
                                return;
                            }
                            CommandRecord r = ar.result().record();
                            // published on the event loop, after the change committed
                            if (r != null)
                                push.publish(PUSH_TYPE, owners(r), EmergencyJson.record(r));
                            ApiReplies.json(ctx, ar.result().json());
                        });
    }

    private record Done(String json, CommandRecord record) {}

    private static JsonObject toJson(Object o) {
        if (o instanceof CommandRecord r) return EmergencyJson.record(r);
        if (o instanceof Task t) return EmergencyJson.task(t);
        if (o instanceof Dispatch d) return EmergencyJson.dispatch(d);
        if (o instanceof Double left) return new JsonObject().put("left", left);
        return new JsonObject().put("ok", true);
    }

    static PushOwners owners(CommandRecord r) {
        List<String> ents =
                r.enterprises().stream().filter(e -> !TenantScope.PARK_ID.equals(e)).toList();
        return ents.isEmpty() ? PushOwners.parkRoles() : PushOwners.enterprises(ents);
    }

    private static ResponseLevel level(JsonObject b, boolean required) {
        String v = b.getValue("level") == null ? null : String.valueOf(b.getValue("level"));
        if (v == null) {
            if (required) throw new IllegalArgumentException("level is missing (I, II, III or IV)");
            return null;
        }
        return ResponseLevel.parse(v);
    }

    private static String required(JsonObject b, String key) {
        String v = b.getString(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(key + " is missing");
        return v;
    }

    private static double quantity(JsonObject b) {
        Object q = b.getValue("quantity");
        if (!(q instanceof Number n))
            throw new IllegalArgumentException("quantity must be a number but was " + q);
        return n.doubleValue();
    }
}
