package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.logistics.gate.GateDecision;
import org.parkwatch.model.logistics.gate.GateEntryCheck;
import org.parkwatch.model.logistics.gate.GateExitCheck;
import org.parkwatch.model.logistics.gate.Waybill;

/**
 * The closed park's documents and gate: vehicles and drivers (park administrators), waybills (the
 * park, or an enterprise for its own trips), and the entry check at a gate, whose every decision is
 * stored and pushed to the control room ({@code gate-decision}, park roles).
 */
final class GateRoutes {
    private static final long DAY_MS = 86_400_000L;
    private static final int MAX_DECISIONS = 500;

    /** How an exit decision's {@code checked_by} is marked in the decision log. */
    private static final String EXIT_MARK = " (exit)";

    private final Vertx vertx;
    private final DocumentsRepository docs;
    private final LoadingRepository loadings;
    private final GateEntryCheck rule;
    private final GateExitCheck exitRule = new GateExitCheck();
    private final TenantScope tenancy;
    private final PushPublisher push;
    private final LongSupplier clockMs;

    GateRoutes(
            Vertx vertx,
            DocumentsRepository docs,
            LoadingRepository loadings,
            GateEntryCheck rule,
            TenantScope tenancy,
            PushPublisher push,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.docs = docs;
        this.loadings = loadings;
        this.rule = rule;
        this.tenancy = tenancy;
        this.push = push;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post(
                        "/api/logistics/vehicle-docs", this::vehicle, Permissions.LOGISTICS_ADMIN),
                RouteSpec.post("/api/logistics/drivers", this::driver, Permissions.LOGISTICS_ADMIN),
                RouteSpec.post(
                        "/api/logistics/waybills", this::waybill, Permissions.LOGISTICS_WAYBILL),
                RouteSpec.post(
                        "/api/logistics/gate/check", this::check, Permissions.LOGISTICS_GATE),
                RouteSpec.get(
                        "/api/logistics/gate/decisions",
                        this::decisions,
                        Permissions.LOGISTICS_GATE));
    }

    private void vehicle(RoutingContext ctx) {
        write(ctx, () -> docs.upsertVehicle(GateJson.vehicle(ApiReplies.jsonBody(ctx))));
    }

    private void driver(RoutingContext ctx) {
        write(ctx, () -> docs.upsertDriver(GateJson.driver(ApiReplies.jsonBody(ctx))));
    }

    private void waybill(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                201,
                () -> {
                    Waybill w = GateJson.waybill(ApiReplies.jsonBody(ctx));
                    if (!tenancy.isEnterprise(w.enterpriseId())) {
                        throw new IllegalArgumentException(
                                "enterpriseId '"
                                        + w.enterpriseId()
                                        + "' is not an enterprise of the park");
                    }
                    if (p.scoped() && !p.sees(w.enterpriseId())) {
                        throw new SecurityException(
                                "an enterprise files waybills for its own trips only");
                    }
                    if (!docs.insertWaybill(w, p.username())) {
                        throw new IllegalStateException("waybill " + w.id() + " exists");
                    }
                    return GateJson.waybill(w).encode();
                });
    }

    private void check(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    return decide(
                                    GateJson.text(b, "gate"),
                                    GateJson.text(b, "plate"),
                                    GateJson.text(b, "driverId"),
                                    p.username())
                            .encode();
                });
    }

    /**
     * The entry check of a truck at {@code gate}, logged and pushed to the control room. Blocks
     * (JDBC): call it on a worker.
     *
     * @param by who asked: the operator's user name, or the gate device
     */
    JsonObject decide(String gate, String plate, String driverId, String by) throws Exception {
        long now = clockMs.getAsLong();
        GateDecision d =
                rule.check(
                        plate,
                        driverId,
                        Instant.ofEpochMilli(now),
                        docs.vehicle(plate),
                        docs.driver(driverId),
                        docs.waybills(plate, now - DAY_MS, now + DAY_MS));
        JsonObject json = GateJson.decision(d, now, gate, plate).put("direction", "entry");
        docs.logDecision(
                new DocumentsRepository.GateRecord(
                        now,
                        gate,
                        plate,
                        driverId,
                        d.allowed(),
                        d.waybill() == null ? null : d.waybill().id(),
                        json.getJsonArray("findings").encode(),
                        by));
        vertx.runOnContext(v -> push.publish("gate-decision", PushOwners.parkRoles(), json));
        return json;
    }

    /**
     * The exit check of a truck at {@code gate} ({@link GateExitCheck}: a recorded entry, and the
     * five pre-loading checks of a loading trip within {@link
     * LogisticsLimits#LOADING_CHECK_VALID_MS}), logged and pushed to the control room like an
     * entry's. Blocks (JDBC): call it on a worker.
     *
     * @param entered whether the gate's records hold the truck's entry
     */
    JsonObject decideExit(String gate, String plate, String driverId, boolean entered, String by)
            throws Exception {
        long now = clockMs.getAsLong();
        Waybill w = TruckWatch.choose(docs.waybills(plate, now - DAY_MS, now + DAY_MS), now);
        List<String> missing = List.of();
        if (w != null && w.direction() == Waybill.Direction.LOAD) {
            missing =
                    loadings.latest(
                                    w.enterpriseId(),
                                    plate,
                                    now - LogisticsLimits.LOADING_CHECK_VALID_MS)
                            .map(LoadingCheck::failed)
                            .orElse(LoadingCheck.KEYS);
        }
        GateDecision d = exitRule.check(plate, entered, w, missing);
        JsonObject json = GateJson.decision(d, now, gate, plate).put("direction", "exit");
        docs.logDecision(
                new DocumentsRepository.GateRecord(
                        now,
                        gate,
                        plate,
                        driverId,
                        d.allowed(),
                        d.waybill() == null ? null : d.waybill().id(),
                        json.getJsonArray("findings").encode(),
                        by + EXIT_MARK));
        vertx.runOnContext(v -> push.publish("gate-decision", PushOwners.parkRoles(), json));
        return json;
    }

    private void decisions(RoutingContext ctx) {
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    JsonArray out = new JsonArray();
                    for (DocumentsRepository.GateRecord r : docs.decisions(MAX_DECISIONS)) {
                        out.add(
                                new JsonObject()
                                        .put("tsMs", r.tsMs())
                                        .put("gate", r.gate())
                                        .put("plate", r.plate())
                                        .put("driverId", r.driverId())
                                        .put("allowed", r.allowed())
                                        .put("waybillId", r.waybillId())
                                        .put("findings", new JsonArray(r.findingsJson()))
                                        .put("checkedBy", r.checkedBy())
                                        .put(
                                                "direction",
                                                r.checkedBy().endsWith(EXIT_MARK)
                                                        ? "exit"
                                                        : "entry"));
                    }
                    return new JsonObject().put("decisions", out).encode();
                });
    }

    /** A write: 200 when done, 400 naming the bad field. */
    private void write(RoutingContext ctx, BlockingWrite w) {
        reply(
                ctx,
                200,
                () -> {
                    w.run();
                    return new JsonObject().put("ok", true).encode();
                });
    }

    /**
     * Runs {@code work} on a worker; its text with {@code okStatus}, or 403 (not the caller's), 409
     * (exists) or what {@link ApiReplies#failure} says.
     */
    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }

    @FunctionalInterface
    private interface BlockingWrite {
        void run() throws Exception;
    }
}
