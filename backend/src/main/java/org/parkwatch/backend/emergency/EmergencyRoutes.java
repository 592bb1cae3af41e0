package org.parkwatch.backend.emergency;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
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

    private final PlanLibrary plans;
    private final CommandService command;
    private final DispatchService dispatch;
    private final TenantScope tenancy;
    private final PushPublisher push;
    private final WorkerExecutor worker;
    private final LongSupplier clockMs;

    EmergencyRoutes(
            PlanLibrary plans,
            CommandService command,
            DispatchService dispatch,
            TenantScope tenancy,
            PushPublisher push,
            WorkerExecutor worker,
            LongSupplier clockMs) {
        this.plans = plans;
        this.command = command;
        this.dispatch = dispatch;
        this.tenancy = tenancy;
        this.push = push;
        this.worker = worker;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.EMERGENCY_READ;
        String cmd = Permissions.EMERGENCY_COMMAND;
        return List.of(
                RouteSpec.get("/api/emergency/plans", this::planList, read),
                RouteSpec.get("/api/emergency/plans/:planId", this::planOne, read),
                RouteSpec.post(
                        "/api/emergency/plans", this::importPlans, Permissions.EMERGENCY_PLAN),
                new RouteSpec(
                        HttpMethod.PUT,
                        "/api/emergency/plans/:planId",
                        this::replacePlan,
                        Permissions.EMERGENCY_PLAN),
                RouteSpec.get("/api/emergency/resources", this::resources, read),
                RouteSpec.get("/api/emergency/incidents", this::records, read),
                RouteSpec.get(INC, this::record, read),
                RouteSpec.get(INC + "/log", this::log, read),
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
                                                command.moveTask(
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

    private void planList(RoutingContext ctx) {
        Principal who = Principal.of(ctx);
        JsonArray a = new JsonArray();
        for (EmergencyPlan p : plans.all()) if (sees(who, p)) a.add(EmergencyJson.planSummary(p));
        ApiReplies.json(ctx, a.encode());
    }

    private void planOne(RoutingContext ctx) {
        String id = ctx.pathParam("planId");
        plans.plan(id)
                .filter(p -> sees(Principal.of(ctx), p))
                .ifPresentOrElse(
                        p -> ApiReplies.json(ctx, PlanJson.write(p).encode()),
                        () -> ApiReplies.error(ctx, 404, "no emergency plan '" + id + "'"));
    }

    /**
     * Park plans are for everyone who reads; an on-site plan for its enterprise and the park roles.
     */
    private boolean sees(Principal p, EmergencyPlan plan) {
        return plan.enterpriseId() == null || tenancy.seesEnterprise(p, plan.enterpriseId());
    }

    /** Body: {@code {"files": {"name.json": {plan}, …}}}; all stored or none. */
    private void importPlans(RoutingContext ctx) {
        JsonObject body = body(ctx);
        if (body == null) return;
        JsonObject files = body.getJsonObject("files");
        if (files == null || files.isEmpty()) {
            ApiReplies.error(ctx, 400, "files is missing: {\"files\": {\"name.json\": {plan}}}");
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : files.fieldNames())
            texts.put(name, String.valueOf(files.getValue(name)));
        String by = Principal.of(ctx).username();
        run(
                ctx,
                () -> {
                    JsonArray out = new JsonArray();
                    for (EmergencyPlan p : plans.importFiles(texts, by, clockMs.getAsLong()))
                        out.add(EmergencyJson.planSummary(p));
                    return new JsonObject().put("imported", out).encode();
                });
    }

    private void replacePlan(RoutingContext ctx) {
        JsonObject body = body(ctx);
        if (body == null) return;
        String by = Principal.of(ctx).username();
        run(
                ctx,
                () ->
                        PlanJson.write(
                                        plans.replace(
                                                ctx.pathParam("planId"),
                                                body,
                                                by,
                                                clockMs.getAsLong()))
                                .encode());
    }

    private void resources(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        run(
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
        run(
                ctx,
                () -> {
                    JsonArray a = new JsonArray();
                    for (CommandRecord r : command.records(500))
                        if (tenancy.seesAny(p, r.enterprises())) a.add(EmergencyJson.record(r));
                    return a.encode();
                });
    }

    private void record(RoutingContext ctx) {
        run(
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
        run(
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

    private void reportHtml(RoutingContext ctx) {
        worker.executeBlocking(() -> ReportHtml.render(report(ctx)), true)
                .onComplete(
                        ar -> {
                            if (ar.failed()) fail(ctx, ar.cause());
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
                                fail(ctx, ar.cause());
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
                        : body(ctx);
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
                                fail(ctx, ar.cause());
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

    private void run(RoutingContext ctx, Callable<String> work) {
        worker.executeBlocking(work, true)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) ApiReplies.json(ctx, ar.result());
                            else fail(ctx, ar.cause());
                        });
    }

    private static void fail(RoutingContext ctx, Throwable t) {
        if (t instanceof ConflictException) ApiReplies.error(ctx, 409, t.getMessage());
        else if (t instanceof ClassCastException)
            ApiReplies.error(ctx, 400, "a field of the body has the wrong type: " + t.getMessage());
        else if (t instanceof PlanException e)
            ApiReplies.error(
                    ctx, 400, e.getMessage(), Map.of("problems", new JsonArray(e.problems())));
        else ApiReplies.failure(ctx, t);
    }

    private static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject o = ctx.body().asJsonObject();
            if (o != null) return o;
        } catch (DecodeException | ClassCastException e) {
            // answered below
        }
        ApiReplies.error(ctx, 400, "the body must be a JSON object");
        return null;
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
