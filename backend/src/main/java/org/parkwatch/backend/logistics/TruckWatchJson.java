package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.logistics.route.Finding;
import org.parkwatch.model.logistics.route.MovingTonnage;
import org.parkwatch.model.routing.Route;

/** A truck's permitted route and breaches, and the tonnage on the move, as JSON (routes, push). */
final class TruckWatchJson {
    /** Push type sent when a truck's permitted route was planned or re-planned. */
    static final String ROUTE_PUSH_TYPE = "truck-route";

    private TruckWatchJson() {}

    static JsonObject route(TruckWatch.TruckView v, Function<String, String> nameEn) {
        TruckPermit p = v.permit();
        JsonObject o =
                new JsonObject()
                        .put("terminal", v.terminal().phone())
                        .put("plate", v.terminal().plate())
                        .put("insidePark", v.insidePark());
        JsonArray breaches = new JsonArray();
        for (Finding f : v.breaches().values()) {
            breaches.add(
                    new JsonObject()
                            .put("breach", f.breach().name())
                            .put("value", Double.isNaN(f.value()) ? null : f.value())
                            .put("limit", Double.isNaN(f.limit()) ? null : f.limit())
                            .put("roadId", f.road() == null ? null : f.road().id())
                            .put("roadNameZh", f.road() == null ? null : f.road().nameZh())
                            .put("roadNameEn", f.road() == null ? null : f.road().nameEn()));
        }
        o.put("breaches", breaches);
        if (p == null) return o.put("planned", false);
        o.put("planned", true)
                .put("version", p.version())
                .put("computedMs", p.computedMs())
                .put("avoidedAreas", p.avoidedAreas())
                .put("problem", p.problem());
        Waybill w = p.waybill();
        if (w != null) {
            o.put(
                    "waybill",
                    new JsonObject()
                            .put("id", w.id())
                            .put("cas", w.cas())
                            .put("unNumber", w.unNumber())
                            .put("chemicalZh", w.chemicalZh())
                            .put("nameEn", nameEn.apply(w.cas()))
                            .put("quantityT", w.quantityT())
                            .put("enterpriseId", w.enterpriseId())
                            .put("direction", w.direction().name()));
        }
        Route r = p.route();
        if (r != null) o.put("route", route(r));
        // the permitted visits to the hazmat parking lot: start → lot, lot → site, in pairs
        JsonArray visits = new JsonArray();
        for (Route leg : p.lotVisits()) visits.add(route(leg));
        return o.put("lotVisits", visits);
    }

    private static JsonObject route(Route r) {
        JsonArray line = new JsonArray();
        for (Coordinate c : r.line().getCoordinates()) line.add(new JsonArray().add(c.x).add(c.y));
        return new JsonObject()
                .put("distanceM", r.distanceM())
                .put("timeS", r.timeS())
                .put("roadIds", new JsonArray(r.roadIds()))
                .put("line", line);
    }

    static JsonObject routePush(TruckWatch.TruckView v) {
        return new JsonObject()
                .put("terminal", v.terminal().phone())
                .put("version", v.permit() == null ? 0 : v.permit().version());
    }

    /**
     * @param nameEn the English name of a chemical by CAS number (the chemicals catalogue), or null
     */
    static JsonObject tonnage(TruckWatch.Tonnage t, Function<String, String> nameEn) {
        return new JsonObject()
                .put("day", t.day().toString())
                .put("onTheMove", chemicals(t.onTheMove(), nameEn))
                .put("todayTop", chemicals(t.todayTop(), nameEn));
    }

    private static JsonArray chemicals(
            List<MovingTonnage.ChemicalTonnes> cs, Function<String, String> nameEn) {
        JsonArray a = new JsonArray();
        for (MovingTonnage.ChemicalTonnes c : cs) {
            a.add(
                    new JsonObject()
                            .put("cas", c.cas())
                            .put("unNumber", c.unNumber())
                            .put("chemicalZh", c.chemicalZh())
                            .put("nameEn", nameEn.apply(c.cas()))
                            .put("tonnes", c.tonnes())
                            .put("trucks", c.trucks()));
        }
        return a;
    }
}
