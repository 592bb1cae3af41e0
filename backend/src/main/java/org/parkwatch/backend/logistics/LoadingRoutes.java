package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.LogisticsAlarmDefinitions;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Pre-loading checks (充装前查验, Henan plan task 7): an enterprise records the five checks of a truck
 * before loading it ({@code POST /api/logistics/loading-checks}) and reports each loading ({@code
 * POST /api/logistics/loading-events}); a loading without a complete check of the same truck at the
 * same enterprise in the last {@link LogisticsLimits#LOADING_CHECK_VALID_MS} raises the
 * enterprise's {@code LOADING_UNCHECKED} alarm, and a checked loading clears its condition (the
 * alarm stays until acknowledged, ISA-18.2). An enterprise's users work on their own enterprise
 * only.
 */
final class LoadingRoutes {
    private static final int MAX_LISTED = 200;

    private final Vertx vertx;
    private final LoadingRepository repository;
    private final TenantScope tenancy;
    private final AlarmOffer alarms;
    private final LongSupplier clockMs;

    LoadingRoutes(
            Vertx vertx,
            LoadingRepository repository,
            TenantScope tenancy,
            AlarmOffer alarms,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.repository = repository;
        this.tenancy = tenancy;
        this.alarms = alarms;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post(
                        "/api/logistics/loading-checks",
                        this::record,
                        Permissions.LOGISTICS_WAYBILL),
                RouteSpec.get(
                        "/api/logistics/loading-checks", this::list, Permissions.LOGISTICS_READ),
                RouteSpec.post(
                        "/api/logistics/loading-events",
                        this::loading,
                        Permissions.LOGISTICS_WAYBILL));
    }

    private void record(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    String enterprise = enterprise(b, p);
                    JsonObject checks = b.getValue("checks") instanceof JsonObject o ? o : null;
                    if (checks == null) {
                        throw new IllegalArgumentException(
                                "checks is required: an object with vehicle, driver, documents, tank and waybill (true or false)");
                    }
                    boolean[] ok = new boolean[LoadingCheck.KEYS.size()];
                    for (int i = 0; i < ok.length; i++) {
                        String k = LoadingCheck.KEYS.get(i);
                        if (!(checks.getValue(k) instanceof Boolean v)) {
                            throw new IllegalArgumentException(
                                    "checks." + k + " is required (true or false)");
                        }
                        ok[i] = v;
                    }
                    String note = optional(b, "note", 500);
                    LoadingCheck c =
                            new LoadingCheck(
                                    now,
                                    enterprise,
                                    GateDeviceJson.text(b, "plate", GateDeviceJson.MAX_PLATE_CHARS),
                                    optional(b, "waybillId", 40),
                                    ok[0],
                                    ok[1],
                                    ok[2],
                                    ok[3],
                                    ok[4],
                                    note,
                                    p.username());
                    repository.insert(c);
                    return json(c).encode();
                });
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    for (LoadingCheck c :
                            repository.recent(p.scoped() ? p.enterpriseId() : null, MAX_LISTED)) {
                        if (p.sees(c.enterpriseId())) out.add(json(c));
                    }
                    return new JsonObject().put("checks", out).encode();
                });
    }

    private void loading(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    String enterprise = enterprise(b, p);
                    String plate = GateDeviceJson.text(b, "plate", GateDeviceJson.MAX_PLATE_CHARS);
                    Optional<LoadingCheck> c =
                            repository.latest(
                                    enterprise,
                                    plate,
                                    now - LogisticsLimits.LOADING_CHECK_VALID_MS);
                    List<String> missing = c.map(LoadingCheck::failed).orElse(LoadingCheck.KEYS);
                    String alarmId = LogisticsAlarmDefinitions.loadingId(enterprise);
                    if (missing.isEmpty()) {
                        alarms.offer(
                                alarmId, false, 0, plate + " 已完成充装前查验 / checked before loading");
                    } else {
                        alarms.offer(
                                alarmId,
                                true,
                                missing.size(),
                                plate
                                        + " 未完成充装前查验即充装 / loaded without the pre-loading check: "
                                        + String.join(", ", missing));
                    }
                    return new JsonObject()
                            .put("enterpriseId", enterprise)
                            .put("plate", plate)
                            .put("checked", missing.isEmpty())
                            .put("missing", new JsonArray(missing))
                            .put("alarmId", missing.isEmpty() ? null : alarmId)
                            .encode();
                });
    }

    /** The body's enterprise: one of the park's, and the caller's own for an enterprise user. */
    private String enterprise(JsonObject b, Principal p) {
        String e = GateDeviceJson.text(b, "enterpriseId", 40);
        if (!tenancy.isEnterprise(e)) {
            throw new IllegalArgumentException(
                    "enterpriseId '" + e + "' is not an enterprise of the park");
        }
        if (p.scoped() && !p.sees(e)) {
            throw new SecurityException("an enterprise records its own loadings only");
        }
        return e;
    }

    private static String optional(JsonObject b, String key, int max) {
        return b.getValue(key) == null ? null : GateDeviceJson.text(b, key, max);
    }

    static JsonObject json(LoadingCheck c) {
        JsonObject checks = new JsonObject();
        boolean[] ok = {c.vehicleOk(), c.driverOk(), c.documentsOk(), c.tankOk(), c.waybillOk()};
        for (int i = 0; i < ok.length; i++) checks.put(LoadingCheck.KEYS.get(i), ok[i]);
        return new JsonObject()
                .put("tsMs", c.tsMs())
                .put("enterpriseId", c.enterpriseId())
                .put("plate", c.plate())
                .put("waybillId", c.waybillId())
                .put("checks", checks)
                .put("complete", c.failed().isEmpty())
                .put("note", c.note())
                .put("checkedBy", c.checkedBy());
    }

    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }
}
