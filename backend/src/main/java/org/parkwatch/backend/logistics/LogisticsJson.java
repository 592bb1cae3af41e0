package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.Map;

/** The logistics records as JSON, at the edges (routes and push) only. */
final class LogisticsJson {
    private LogisticsJson() {}

    static JsonObject vehicle(FleetState.Vehicle v) {
        VehiclePosition p = v.position();
        return new JsonObject()
                .put("terminal", p.phone())
                .put("plate", p.plate())
                .put("carrier", v.terminal().carrier())
                .put("enterpriseIds", new JsonArray(v.terminal().enterpriseIds()))
                .put("lon", p.lon())
                .put("lat", p.lat())
                .put("speedKmh", p.speedKmh())
                .put("directionDeg", p.directionDeg())
                .put("fixMs", p.fixMs())
                .put("receivedMs", p.receivedMs())
                .put("alarmFlags", p.alarmFlags())
                .put("insidePark", v.place().insidePark())
                .put("siteEnterpriseId", v.place().enterpriseId());
    }

    static JsonArray vehicles(Collection<FleetState.Vehicle> vs) {
        JsonArray a = new JsonArray();
        vs.forEach(v -> a.add(vehicle(v)));
        return a;
    }

    /** A terminal without its code hash. */
    static JsonObject terminal(TerminalRecord t, long nowMs) {
        return new JsonObject()
                .put("phone", t.phone())
                .put("plate", t.plate())
                .put("carrier", t.carrier())
                .put("enterpriseIds", new JsonArray(t.enterpriseIds()))
                .put("enrolled", t.authHash() != null)
                .put("enrolmentOpenUntilMs", t.enrolmentOpen(nowMs) ? t.enrolUntilMs() : null);
    }

    static JsonObject census(FleetState.Census c) {
        JsonObject by = new JsonObject();
        c.byEnterprise().forEach(by::put);
        return new JsonObject().put("insidePark", c.insidePark()).put("byEnterprise", by);
    }

    static JsonObject stats(Map<Refusal, Long> refusals, long applied, int connections) {
        JsonObject r = new JsonObject();
        refusals.forEach((k, v) -> r.put(k.name(), v));
        return new JsonObject()
                .put("connections", connections)
                .put("positionsApplied", applied)
                .put("refused", r);
    }
}
