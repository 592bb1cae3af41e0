package org.parkwatch.backend.logistics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.logistics.demo.DemoTruck;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.park.ParkCatalog;

/**
 * A hazmat truck that waits in the park's hazmat parking lot on its way to its site, on the demo
 * park: its permitted route includes the visit (gate → lot → site), so it drives the demo file's
 * way in by the lot (gis-data logistics/demo-fleet.json, 豫E10002's {@code lotVisit}), stands in the
 * lot and drives on with no breach at any position, while the lot shows it with its dwell time; a
 * truck standing in the lot past the limit still raises the lot's overstay alarm.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TruckLotVisitTest {
    private static final String LOT = "PARK-HAZPARK";
    private static final double KMH = 25;

    /** The park's west fence (gis-data park-boundary): fixes west of it are outside the park. */
    private static final double FENCE_LON = 113.9336;

    private TestBackend b;
    private LogisticsCapability logistics;
    private DemoTruck demo;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        b = TestBackend.startAll(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo());
        logistics = b.capabilities().logistics();
        demo =
                DemoFleet.of(ParkCatalog.loadDemo()).trucks().stream()
                        .filter(t -> t.lotVisit() != null)
                        .findFirst()
                        .orElseThrow();
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) b.close();
    }

    @Test
    void aTruckWaitingInTheLotOnItsWayRaisesNoAlarmAndShowsItsDwell() throws Exception {
        JsonObject route = visit(demo, "13800000041", "豫E41041");
        assertFalse(
                route.getJsonObject("route").getJsonArray("roadIds").contains("R-WEI3"),
                "the way to the site alone does not pass the lot (纬三路): " + route);
        JsonArray visits = route.getJsonArray("lotVisits");
        assertEquals(2, visits.size(), "gate → lot, lot → site: " + route);
        assertTrue(visits.getJsonObject(0).getJsonArray("roadIds").contains("R-WEI3"), "" + visits);
    }

    @Test
    void everyDemoTruckComingByTheLotKeepsItsRoute() throws Exception {
        int n = 0;
        for (DemoTruck t : DemoFleet.of(ParkCatalog.loadDemo()).trucks()) {
            if (t.lotVisit() == null) continue;
            n++;
            visit(t, "1380000005" + n, "豫E5005" + n);
        }
        assertTrue(n >= 2, "the demo has trucks coming by the lot: " + n);
    }

    /**
     * The demo truck's way in by the lot, driven by a truck of its own: each position in order, the
     * stay in the lot shown with its dwell, no alarm of the truck's enterprise.
     *
     * @return the truck's permitted route as the API shows it
     */
    private JsonObject visit(DemoTruck demo, String phone, String plate) throws Exception {
        TerminalRecord truck = terminal(demo, phone, plate);
        waybill(demo, "WB-LOT-" + phone, plate);
        List<double[]> toLot = inside(sample(demo.lotVisit().toLot()));
        List<double[]> toSite = sample(demo.lotVisit().toSite());
        long parkMs = 10 * 60_000L;
        long driveMs = (long) ((toLot.size() + toSite.size()) * STEP_M / (KMH / 3.6) * 1000);
        long t = System.currentTimeMillis() - driveMs - parkMs - 60_000;

        JsonObject route = firstFixAndRoute(truck, toLot.get(0), t);
        t = drive(truck, toLot, t);
        long inLotMs = t;
        logistics.watchParking();
        for (long s = 0; s <= parkMs; s += 30_000)
            orderly(truck, demo.lotVisit().slot(), 0, t += 30_000);
        logistics.watchParking();
        long now = System.currentTimeMillis();
        JsonObject stay = stay(plate);
        assertEquals(
                Math.round((now - inLotMs) / 60_000.0), stay.getLong("dwellMin"), 1, "" + stay);
        assertTrue(stay.getLong("dwellMin") >= 10, "" + stay);
        assertFalse(stay.getBoolean("overstay"));

        drive(truck, toSite, t);
        logistics.watchParking();
        assertEquals(null, stay(plate), "left the lot");
        String alarms = b.get("/api/alarms").body();
        assertFalse(alarms.contains(demo.enterpriseId() + ".TRUCK_"), alarms);
        return route;
    }

    @Test
    void aTruckStandingInTheLotPastTheLimitStillRaisesTheOverstay() throws Exception {
        TerminalRecord truck = terminal(demo, "13800000042", "豫E42042");
        waybill(demo, "WB-LOT-42", truck.plate());
        List<double[]> toLot = inside(sample(demo.lotVisit().toLot()));
        long t = System.currentTimeMillis() - 5 * 3_600_000L;
        firstFixAndRoute(truck, toLot.get(0), t);
        t = drive(truck, toLot, t);
        logistics.watchParking();
        while (t < System.currentTimeMillis() - 600_000)
            orderly(truck, demo.lotVisit().slot(), 0, t += 600_000);
        logistics.watchParking();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> b.get("/api/alarms").body().contains(LOT + ".OVERSTAY"));
        JsonObject stay = stay(truck.plate());
        assertTrue(stay.getBoolean("overstay"), "" + stay);
        assertTrue(stay.getLong("dwellMin") > 4 * 60, "" + stay);
    }

    /** Waypoints every {@link #STEP_M}, m. */
    private static final double STEP_M = 20;

    private static List<double[]> sample(List<double[]> pts) {
        List<double[]> out = new ArrayList<>();
        out.add(pts.get(0));
        for (int i = 1; i < pts.size(); i++) {
            double[] a = pts.get(i - 1);
            double[] c = pts.get(i);
            double dx = (c[0] - a[0]) * 111_320 * Math.cos(Math.toRadians(a[1]));
            double dy = (c[1] - a[1]) * 111_320;
            int n = Math.max(1, (int) Math.ceil(Math.hypot(dx, dy) / STEP_M));
            for (int k = 1; k <= n; k++)
                out.add(new double[] {a[0] + (c[0] - a[0]) * k / n, a[1] + (c[1] - a[1]) * k / n});
        }
        return out;
    }

    private static List<double[]> inside(List<double[]> pts) {
        return pts.stream().filter(p -> p[0] > FENCE_LON).toList();
    }

    /** Drives the points at {@link #KMH}, checking each; returns the last fix's time. */
    private long drive(TerminalRecord truck, List<double[]> pts, long t) throws Exception {
        long stepMs = (long) (STEP_M / (KMH / 3.6) * 1000);
        for (double[] p : pts) orderly(truck, p, KMH, t += stepMs);
        return t;
    }

    /** Applies a fix and asserts the truck is in no breach there. */
    private void orderly(TerminalRecord truck, double[] p, double kmh, long t) throws Exception {
        logistics.fleet().apply(truck, List.of(fix(p, kmh, t)), System.currentTimeMillis());
        JsonArray breaches = routeOf(truck).getJsonArray("breaches");
        assertTrue(
                breaches.isEmpty(), truck.plate() + " at " + p[0] + ", " + p[1] + ": " + breaches);
    }

    private JsonObject firstFixAndRoute(TerminalRecord truck, double[] p, long t) {
        logistics.fleet().apply(truck, List.of(fix(p, KMH, t)), System.currentTimeMillis());
        JsonObject[] got = new JsonObject[1];
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            got[0] = routeOf(truck);
                            return got[0].containsKey("route");
                        });
        return got[0];
    }

    private JsonObject routeOf(TerminalRecord truck) throws Exception {
        return b.getObject("/api/logistics/vehicles/" + truck.phone() + "/route");
    }

    /** The truck's stay in the lot, or null when it is not in it. */
    private JsonObject stay(String plate) throws Exception {
        JsonObject lot =
                b.getObject("/api/logistics/parking").getJsonArray("lots").getJsonObject(0);
        assertEquals(LOT, lot.getString("id"));
        for (int i = 0; i < lot.getJsonArray("trucks").size(); i++) {
            JsonObject s = lot.getJsonArray("trucks").getJsonObject(i);
            if (plate.equals(s.getString("plate"))) return s;
        }
        return null;
    }

    private static TerminalRecord terminal(DemoTruck demo, String phone, String plate) {
        return new TerminalRecord(phone, plate, "豫北危运", List.of(demo.enterpriseId()), null, 0);
    }

    private void waybill(DemoTruck demo, String id, String plate) throws Exception {
        long now = System.currentTimeMillis();
        JsonObject w =
                new JsonObject()
                        .put("id", id)
                        .put("plate", plate)
                        .put("driverId", demo.driverId())
                        .put("cas", demo.cas())
                        .put("unNumber", demo.unNumber())
                        .put("chemicalZh", demo.chemicalZh())
                        .put("quantityT", demo.quantityT())
                        .put("enterpriseId", demo.enterpriseId())
                        .put("direction", demo.direction())
                        .put("slotFromMs", now - 6 * 3_600_000L)
                        .put("slotToMs", now + 3_600_000L);
        HttpResponse<String> r = b.post("/api/logistics/waybills", "application/json", w.encode());
        assertEquals(201, r.statusCode(), r.body());
    }

    private static LocationReport fix(double[] p, double kmh, long tsMs) {
        return new LocationReport(
                0,
                1L << LocationReport.STATUS_POSITIONED,
                p[1],
                p[0],
                80,
                kmh,
                0,
                Instant.ofEpochMilli(tsMs),
                Map.of());
    }
}
