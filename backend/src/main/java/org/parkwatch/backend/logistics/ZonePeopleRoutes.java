package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * {@code GET /api/incidents/:id/people-in-zones}: the people inside each of the incident's latest
 * threat zones from the gates' counts per enterprise ({@link ZonePeopleOp}), beside the residents
 * of the linkage package. An enterprise's user sees its own incidents only (another's answers 404
 * like an unknown one) and its own people only.
 */
final class ZonePeopleRoutes {
    private final Vertx vertx;
    private final GateService gates;
    private final ZonePeopleOp op;
    private final ThreatAreas threats;
    private final TenantScope tenancy;

    ZonePeopleRoutes(
            Vertx vertx,
            GateService gates,
            ZonePeopleOp op,
            ThreatAreas threats,
            TenantScope tenancy) {
        this.vertx = vertx;
        this.gates = gates;
        this.op = op;
        this.threats = threats;
        this.tenancy = tenancy;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get(
                        "/api/incidents/:id/people-in-zones",
                        this::people,
                        Permissions.ALARM_READ));
    }

    private void people(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        vertx.executeBlocking(() -> threats.latest(id), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            var zones = ar.result();
                            if (zones.isPresent()
                                    && p.scoped()
                                    && !tenancy.seesAny(p, zones.get().enterpriseIds())) {
                                zones = java.util.Optional.empty();
                            }
                            if (zones.isEmpty()) {
                                ApiReplies.error(
                                        ctx,
                                        404,
                                        "incident '" + id + "' has no threat zones (yet)");
                                return;
                            }
                            JsonArray out = new JsonArray();
                            int total = 0;
                            for (ZonePeopleOp.ZonePeople z :
                                    op.of(zones.get().areas(), gates.counts())) {
                                JsonArray shares = new JsonArray();
                                int sum = 0;
                                for (ZonePeopleOp.Share s : z.shares()) {
                                    if (p.scoped() && !p.sees(s.enterpriseId())) continue;
                                    sum += s.peopleInZone();
                                    shares.add(
                                            new JsonObject()
                                                    .put("enterpriseId", s.enterpriseId())
                                                    .put("peopleInside", s.peopleInside())
                                                    .put("siteFraction", s.siteFraction())
                                                    .put("peopleInZone", s.peopleInZone()));
                                }
                                total = Math.max(total, sum);
                                out.add(
                                        new JsonObject()
                                                .put("outcome", z.zone().outcome())
                                                .put("threshold", z.zone().thresholdId())
                                                .put("textZh", z.zone().textZh())
                                                .put("textEn", z.zone().textEn())
                                                .put("people", sum)
                                                .put("enterprises", shares));
                            }
                            ApiReplies.json(
                                    ctx,
                                    new JsonObject()
                                            .put("incidentId", id)
                                            .put("zones", out)
                                            .put("maxPeopleInAZone", total)
                                            .encode());
                        });
    }
}
