package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * The hazmat parking lots as JSON: slots, trucks parked with since when and for how long (minutes),
 * overstay. An enterprise's user sees the trucks serving it only (the lot's figures stay whole).
 */
final class ParkingJson {
    private ParkingJson() {}

    static void reply(RoutingContext ctx, List<ParkingWatch.LotState> lots, TenantScope tenancy) {
        Principal p = Principal.of(ctx);
        ApiReplies.json(
                ctx,
                lots(lots, p.scoped() ? s -> tenancy.seesAny(p, s.enterpriseIds()) : null)
                        .encode());
    }

    /**
     * @param visible which stays to list; null = all
     */
    static JsonObject lots(
            List<ParkingWatch.LotState> lots,
            java.util.function.Predicate<ParkingWatch.Stay> visible) {
        JsonArray out = new JsonArray();
        for (ParkingWatch.LotState l : lots) {
            JsonArray stays = new JsonArray();
            for (ParkingWatch.Stay s : l.stays()) {
                if (visible != null && !visible.test(s)) continue;
                stays.add(
                        new JsonObject()
                                .put("plate", s.plate())
                                .put("sinceMs", s.sinceMs())
                                .put("dwellMin", Math.round(s.dwellMs() / 60_000.0))
                                .put("overstay", s.overstay()));
            }
            Point c = l.lot().lonLat().getCentroid();
            out.add(
                    new JsonObject()
                            .put("id", l.lot().id())
                            .put("nameZh", l.lot().nameZh())
                            .put("nameEn", l.lot().nameEn())
                            .put("spaces", l.lot().spaces())
                            .put("occupied", l.stays().size())
                            .put("overstay", l.overstay())
                            .put("maxDwellMin", LogisticsLimits.MAX_PARKING_DWELL_MS / 60_000)
                            .put("lon", c.getX())
                            .put("lat", c.getY())
                            .put("trucks", stays));
        }
        return new JsonObject().put("lots", out);
    }
}
