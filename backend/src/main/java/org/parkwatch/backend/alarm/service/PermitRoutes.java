package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.alarm.BypassStatus;
import org.parkwatch.backend.alarm.WorkPermit;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.RolePermissions;
import org.parkwatch.backend.security.TenantScope;

/**
 * The SIS bypass register and its work permits over HTTP (issue 5): {@code GET /api/bypasses},
 * {@code GET /api/permits}, {@code POST /api/permits} and {@code POST
 * /api/permits/:number/approve}. Scoped by {@link TenantScope}: an enterprise user lists its own
 * bypasses and the permits covering one of its SIS, and may request permits only for its own SIS or
 * bypass tags (403 naming the first foreign {@code scope} entry). An enterprise's permit covers
 * nothing until the park (operator or administrator, {@link Permissions#PERMIT_APPROVE}) approves
 * it; a park user's permit is approved by its entry (issue 19, D4). {@code enteredBy} is always the
 * logged-in user; the paper permit's signer goes in {@code signatory}. Handlers run on the ingest
 * context, like the service.
 */
public final class PermitRoutes {
    /** Configuration key: the longest validity of a permit, hours. */
    public static final String MAX_VALIDITY_KEY = "alarm.permitMaxValidityHours";

    private final AlarmService service;
    private final TenantScope tenancy;
    private final long maxValidityMs;

    /**
     * @param maxValidityMs the longest validity a permit may have, ms ({@link #maxValidityMs})
     */
    public PermitRoutes(AlarmService service, TenantScope tenancy, long maxValidityMs) {
        this.service = service;
        this.tenancy = tenancy;
        this.maxValidityMs = maxValidityMs;
    }

    /**
     * {@link #MAX_VALIDITY_KEY} in ms; @throws IllegalArgumentException naming the key and value
     * when not 1–8760 h
     */
    public static long maxValidityMs(java.util.function.Function<String, String> config) {
        String v = config.apply(MAX_VALIDITY_KEY);
        try {
            double h = Double.parseDouble(v == null ? "" : v.trim());
            if (h > 0 && h <= 8760) return Math.round(h * 3_600_000);
        } catch (NumberFormatException e) {
            // reported below with the key and value
        }
        throw new IllegalArgumentException(
                MAX_VALIDITY_KEY + "='" + v + "' must be a number of hours, 0 < h ≤ 8760");
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/bypasses", this::bypasses, Permissions.ALARM_READ),
                RouteSpec.get("/api/permits", this::permits, Permissions.ALARM_READ),
                RouteSpec.post("/api/permits", this::addPermit, Permissions.PERMIT_WRITE),
                RouteSpec.post(
                        "/api/permits/:number/approve", this::approve, Permissions.PERMIT_APPROVE));
    }

    private void bypasses(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray arr = new JsonArray();
        for (BypassStatus b : service.bypasses().evaluate(service.now())) {
            if (!tenancy.seesId(p, b.bypassTagId())) continue;
            arr.add(
                    new JsonObject()
                            .put("bypassTagId", b.bypassTagId())
                            .put("sisId", b.sisId())
                            .put("enterpriseId", b.enterpriseId())
                            .put("featureId", b.featureId())
                            .put("sinceMs", b.sinceMs())
                            .put("durationMs", b.durationMs())
                            .put("permitNumber", b.permitNumber())
                            .put("verdict", b.verdict().name())
                            .put(
                                    "priority",
                                    b.verdict().priority() == null
                                            ? null
                                            : b.verdict().priority().id()));
        }
        ApiReplies.json(ctx, arr.encode());
    }

    private void permits(RoutingContext ctx) {
        Principal caller = Principal.of(ctx);
        JsonArray arr = new JsonArray();
        for (WorkPermit p : service.bypasses().permits()) {
            // a permit is the caller's when it covers one of the caller's SIS; an empty scope is
            // park-level
            if (p.scope().isEmpty()
                    ? caller.sees(null)
                    : !tenancy.visibleIds(caller, p.scope()).isEmpty()) {
                arr.add(permit(p));
            }
        }
        ApiReplies.json(ctx, arr.encode());
    }

    /**
     * Body {@code {number, scope:[…], validFrom, validTo, signatory?}}; times epoch ms or ISO-8601
     * instants. A body naming {@code enteredBy} is refused: who entered it is the login.
     */
    private void addPermit(RoutingContext ctx) {
        try {
            JsonObject b = AlarmRoutes.body(ctx);
            Object scope = b.getValue("scope");
            if (scope != null && !(scope instanceof JsonArray)) {
                throw new IllegalArgumentException(
                        "scope: must be an array of SIS or bypass tag ids");
            }
            List<String> ids = new ArrayList<>();
            if (scope != null) {
                JsonArray arr = (JsonArray) scope;
                for (int i = 0; i < arr.size(); i++) {
                    if (!(arr.getValue(i) instanceof String s)) {
                        throw new IllegalArgumentException("scope[" + i + "]: must be a string");
                    }
                    ids.add(s);
                }
            }
            Principal caller = Principal.of(ctx);
            for (int i = 0; i < ids.size(); i++) {
                if (!tenancy.mayWrite(caller, ids.get(i))) {
                    ApiReplies.error(
                            ctx,
                            403,
                            "scope["
                                    + i
                                    + "]: '"
                                    + ids.get(i)
                                    + "' is not a SIS or bypass tag of your enterprise");
                    return;
                }
            }
            if (ids.isEmpty() && caller.scoped()) {
                ApiReplies.error(
                        ctx,
                        403,
                        "scope: an enterprise user's permit must name its own SIS or bypass tags");
                return;
            }
            Object number = b.getValue("number");
            if (number != null && !(number instanceof String))
                throw new IllegalArgumentException("number: must be a string");
            if (b.containsKey("enteredBy")) {
                throw new IllegalArgumentException(
                        "enteredBy: is set from your login; put the name signed on the "
                                + "paper permit in 'signatory' (录入人取自登录用户，纸质许可签发人请填 signatory)");
            }
            Object signatory = b.getValue("signatory");
            if (signatory != null && !(signatory instanceof String s && s.length() <= 200)) {
                throw new IllegalArgumentException(
                        "signatory: must be a text of at most 200 characters");
            }
            WorkPermit requested =
                    WorkPermit.requested(
                            (String) number,
                            ids,
                            time(b, "validFrom"),
                            time(b, "validTo"),
                            caller.username(),
                            (String) signatory);
            boolean park = RolePermissions.holds(caller.role(), Permissions.PERMIT_APPROVE);
            WorkPermit p = park ? requested.approve(caller.username(), service.now()) : requested;
            List<String> problems = service.addPermit(p, maxValidityMs);
            if (!problems.isEmpty()) {
                ApiReplies.error(ctx, 400, String.join("; ", problems));
                return;
            }
            ctx.response()
                    .setStatusCode(201)
                    .putHeader("Content-Type", ApiReplies.JSON)
                    .end(permit(p).encode());
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
        }
    }

    private void approve(RoutingContext ctx) {
        String number = ctx.pathParam("number");
        String user = Principal.of(ctx).username();
        service.approvePermit(number, user)
                .ifPresentOrElse(
                        p -> ApiReplies.json(ctx, permit(p).encode()),
                        () -> ApiReplies.error(ctx, 404, "no permit '" + number + "'"));
    }

    private static JsonObject permit(WorkPermit p) {
        return new JsonObject()
                .put("number", p.number())
                .put("scope", new JsonArray(p.scope()))
                .put("validFromMs", p.validFromMs())
                .put("validToMs", p.validToMs())
                .put("enteredBy", p.enteredBy())
                .put("signatory", p.signatory())
                .put("status", p.approved() ? "APPROVED" : "REQUESTED")
                .put("approvedBy", p.approvedBy())
                .put("approvedAtMs", p.approved() ? p.approvedAtMs() : null);
    }

    private static long time(JsonObject b, String field) {
        Object v = b.getValue(field);
        if (v instanceof Number n) return n.longValue();
        if (v instanceof String s) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        field
                                + ": '"
                                + s
                                + "' is not an ISO-8601 instant "
                                + "(e.g. 2026-11-28T08:00:00Z) nor epoch ms");
            }
        }
        throw new IllegalArgumentException(
                field + ": missing; give epoch ms or an ISO-8601 instant");
    }
}
