package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.model.logistics.gate.GateDecision;
import org.parkwatch.model.logistics.gate.GateEntryCheck;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry check of a tracked truck arriving at a hazmat checkpoint: a truck outside the fence
 * whose JT/T 808 position comes within {@link #ARRIVAL_M} of a gate of the roads layer that is a
 * checkpoint open to hazmat vehicles is checked by the same {@link GateEntryCheck} as a gate
 * device's request (documents, driver, today's waybill), once per {@link #RECHECK_MS} per truck and
 * gate; the decision is logged and pushed as {@code gate-decision} like the gate's own. It lets the
 * control room see a refused truck (expired permit, no waybill) before the barrier does.
 */
final class ArrivalGateCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ArrivalGateCheck.class);

    /**
     * A truck this close to a checkpoint gate has arrived there, m: the queue in front of a barrier
     * plus GNSS error (see {@code TruckRules.CORRIDOR_M}) [U].
     */
    static final double ARRIVAL_M = 60;

    /** A truck is checked again at the same gate after this long, ms [U]. */
    static final long RECHECK_MS = 30 * 60_000L;

    private static final long DAY_MS = 86_400_000L;
    private static final double M_PER_DEG = 111_320;

    record Gate(String id, double lon, double lat) {}

    private final Vertx vertx;
    private final DocumentsRepository docs;
    private final GateEntryCheck rule;
    private final PushPublisher push;
    private final LongSupplier clock;
    private final List<Gate> gates;
    private final Map<String, Long> checkedMs = new ConcurrentHashMap<>();

    ArrivalGateCheck(
            Vertx vertx,
            DocumentsRepository docs,
            GateEntryCheck rule,
            PushPublisher push,
            List<Gate> gates,
            LongSupplier clock) {
        this.vertx = vertx;
        this.docs = docs;
        this.rule = rule;
        this.push = push;
        this.gates = List.copyOf(gates);
        this.clock = clock;
    }

    /** The checkpoint gates of the roads layer open to hazmat vehicles. */
    static List<Gate> gates(ParkCatalog park) {
        List<Gate> out = new ArrayList<>();
        for (JsonObject f : ParkLayerReader.features(ParkLayerReader.layer(park, "roads"))) {
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            JsonObject g = f.getJsonObject("geometry", new JsonObject());
            if (!"gate".equals(p.getString("kind"))
                    || !"Point".equals(g.getString("type"))
                    || !p.getBoolean("checkpoint", false)
                    || !p.getBoolean("hazmatVehicles", false)) continue;
            var c = g.getJsonArray("coordinates");
            out.add(new Gate(f.getString("id"), c.getDouble(0), c.getDouble(1)));
        }
        return out;
    }

    void onPosition(FleetState.Vehicle v) {
        if (v.place().insidePark() || gates.isEmpty()) return;
        VehiclePosition p = v.position();
        for (Gate g : gates) {
            double dx = (p.lon() - g.lon()) * M_PER_DEG * Math.cos(Math.toRadians(g.lat()));
            double dy = (p.lat() - g.lat()) * M_PER_DEG;
            if (Math.hypot(dx, dy) > ARRIVAL_M) continue;
            long now = clock.getAsLong();
            String key = p.phone() + "|" + g.id();
            Long last = checkedMs.get(key);
            if (last != null && now - last < RECHECK_MS) return;
            checkedMs.put(key, now);
            check(v, g, now);
            return;
        }
    }

    private void check(FleetState.Vehicle v, Gate g, long now) {
        String plate = v.terminal().plate();
        vertx.executeBlocking(
                        () -> {
                            List<Waybill> ws = docs.waybills(plate, now - DAY_MS, now + DAY_MS);
                            Waybill w = TruckWatch.choose(ws, now);
                            String driver = w == null ? "" : w.driverId();
                            GateDecision d =
                                    rule.check(
                                            plate,
                                            driver,
                                            Instant.ofEpochMilli(now),
                                            docs.vehicle(plate),
                                            docs.driver(driver),
                                            ws);
                            JsonObject json = GateJson.decision(d, now, g.id(), plate);
                            docs.logDecision(
                                    new DocumentsRepository.GateRecord(
                                            now,
                                            g.id(),
                                            plate,
                                            driver,
                                            d.allowed(),
                                            d.waybill() == null ? null : d.waybill().id(),
                                            json.getJsonArray("findings").encode(),
                                            "jt808:" + v.terminal().phone()));
                            return json;
                        },
                        false)
                .onSuccess(json -> push.publish("gate-decision", PushOwners.parkRoles(), json))
                .onFailure(e -> LOG.warn("arrival check of {} failed: {}", plate, e.toString()));
    }
}
