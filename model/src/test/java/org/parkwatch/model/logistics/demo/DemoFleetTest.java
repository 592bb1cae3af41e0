package org.parkwatch.model.logistics.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The demo fleet file: a truck's optional way in by the parking lot, and bad files named. */
class DemoFleetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TRUCK =
            """
            {"phone": "13800010002", "plate": "豫E10002", "carrier": "c", "enterpriseId": "E03",
             "driverId": "D1", "driverName": "d", "tankType": "t", "capacityT": 24,
             "permitValidDays": 150, "cas": "68476-85-7", "unNumber": "UN1075",
             "chemicalZh": "液化石油气", "quantityT": 20, "direction": "UNLOAD",
             "path": [[113.92, 35.25], [113.96, 35.25]],
             "lotVisit": {"parkMinutes": 15,
                          "toLot": [[113.92, 35.25], [113.94, 35.2446], [113.936, 35.243]],
                          "toSite": [[113.936, 35.243], [113.94, 35.25], [113.96, 35.25]]}}
            """;

    private static DemoFleet parse(JsonNode truck) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("trucks").add(JSON.createObjectNode()).add(truck);
        ((ObjectNode) root.get("trucks").get(0)).setAll((ObjectNode) truck(TRUCK));
        ((ObjectNode) root.get("trucks").get(0)).remove("lotVisit");
        return DemoFleet.parse(root);
    }

    private static ObjectNode truck(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLotVisitIsReadWithItsSlotAndParkingTime() {
        DemoFleet f = parse(truck(TRUCK));
        assertNull(f.trucks().get(0).lotVisit(), "no lotVisit: straight to the site");
        DemoTruck.LotVisit v = f.trucks().get(1).lotVisit();
        assertEquals(15, v.parkMinutes());
        assertEquals(3, v.toLot().size());
        assertEquals(113.936, v.slot()[0], 0);
        assertEquals(35.243, v.slot()[1], 0);
        assertEquals(113.96, v.toSite().get(2)[0], 0);
    }

    @Test
    void aBadParkingTimeNamesTheTruckAndField() {
        ObjectNode t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit")).put("parkMinutes", 0);
        check(t, "trucks[1].lotVisit.parkMinutes must be a whole number of minutes above 0");
        ((ObjectNode) t.get("lotVisit")).put("parkMinutes", "ten");
        check(t, "trucks[1].lotVisit.parkMinutes");
        ((ObjectNode) t.get("lotVisit")).remove("parkMinutes");
        check(t, "trucks[1].lotVisit.parkMinutes");
    }

    @Test
    void aParkingTimeAtOrBeyondTheLotsOverstayLimitIsRefused() {
        ObjectNode t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit")).put("parkMinutes", 240);
        check(
                t,
                "trucks[1].lotVisit.parkMinutes must be below the hazmat parking lot's overstay"
                        + " limit of 240 minutes, not 240");
        ((ObjectNode) t.get("lotVisit")).put("parkMinutes", 300);
        check(t, "trucks[1].lotVisit.parkMinutes must be below");
        ((ObjectNode) t.get("lotVisit")).put("parkMinutes", 239);
        assertEquals(239, parse(t).trucks().get(1).lotVisit().parkMinutes());
    }

    @Test
    void aLotVisitMustJoinThePathAndTheSlot() {
        ObjectNode t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit")).putArray("toLot").add(pair(113.93, 35.25)).add(pair(1, 2));
        check(t, "trucks[1].lotVisit.toLot[0] must be the path's first waypoint");
        t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit"))
                .putArray("toSite")
                .add(pair(113.937, 35.243))
                .add(pair(113.96, 35.25));
        check(t, "trucks[1].lotVisit.toSite[0] must be the last waypoint of toLot");
        t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit"))
                .putArray("toSite")
                .add(pair(113.936, 35.243))
                .add(pair(113.95, 35.25));
        check(t, "trucks[1].lotVisit.toSite[1] must be the path's last waypoint");
        t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit")).putArray("toSite").add(pair(113.936, 35.243));
        check(t, "trucks[1].lotVisit.toSite needs at least 2 waypoints");
    }

    @Test
    void aBadWaypointNamesItsIndex() {
        ObjectNode t = truck(TRUCK);
        ((ObjectNode) t.get("lotVisit")).withArray("toLot").set(1, JSON.createArrayNode().add(1));
        check(t, "trucks[1].lotVisit.toLot[1] must be a [lon, lat] pair of degrees");
        t = truck(TRUCK);
        t.withArray("path").set(0, pair(113.92, 95));
        check(t, "trucks[1].path[0] must be a [lon, lat] pair of degrees");
        t = truck(TRUCK);
        t.putArray("path").add(pair(113.92, 35.25));
        check(t, "trucks[1].path needs at least 2 waypoints");
        t = truck(TRUCK);
        t.put("lotVisit", "yes");
        check(t, "trucks[1].lotVisit must be an object");
    }

    private static JsonNode pair(double lon, double lat) {
        return JSON.createArrayNode().add(lon).add(lat);
    }

    private static void check(JsonNode truck, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> parse(truck));
        assertTrue(
                e.getMessage().startsWith("logistics/demo-fleet.json " + message), e.getMessage());
    }
}
