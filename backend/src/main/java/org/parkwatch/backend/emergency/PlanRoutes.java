package org.parkwatch.backend.emergency;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.emergency.EmergencyPlan;

/**
 * {@code /api/emergency/plans}: read the park's plans ({@code emergency:read}; an enterprise user
 * sees the park's plans and its own on-site plans only), import files and replace one plan ({@code
 * emergency:plan}, administrators; validated, all or nothing).
 */
final class PlanRoutes {
    private final PlanLibrary plans;
    private final TenantScope tenancy;
    private final WorkerExecutor worker;
    private final LongSupplier clockMs;

    PlanRoutes(
            PlanLibrary plans, TenantScope tenancy, WorkerExecutor worker, LongSupplier clockMs) {
        this.plans = plans;
        this.tenancy = tenancy;
        this.worker = worker;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/emergency/plans", this::planList, Permissions.EMERGENCY_READ),
                RouteSpec.get(
                        "/api/emergency/plans/:planId", this::planOne, Permissions.EMERGENCY_READ),
                RouteSpec.post(
                        "/api/emergency/plans", this::importPlans, Permissions.EMERGENCY_PLAN),
                new RouteSpec(
                        HttpMethod.PUT,
                        "/api/emergency/plans/:planId",
                        this::replacePlan,
                        Permissions.EMERGENCY_PLAN));
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
        JsonObject body = EmergencyReplies.body(ctx);
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
        EmergencyReplies.run(
                worker,
                ctx,
                () -> {
                    JsonArray out = new JsonArray();
                    for (EmergencyPlan p : plans.importFiles(texts, by, clockMs.getAsLong()))
                        out.add(EmergencyJson.planSummary(p));
                    return new JsonObject().put("imported", out).encode();
                });
    }

    private void replacePlan(RoutingContext ctx) {
        JsonObject body = EmergencyReplies.body(ctx);
        if (body == null) return;
        String by = Principal.of(ctx).username();
        EmergencyReplies.run(
                worker,
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
}
