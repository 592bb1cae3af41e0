package org.parkwatch.backend.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Where a cross-check alarm without a feature is (issue 15): work in progress outside its window
 * raises {@code <E>.WP_WINDOW} at the permit's place, the centroid of a polygon permit; an alarm
 * never raised has no place. The service and rules are the real ones (in memory, no database).
 */
class WorkPermitCrossCheckPlaceTest {
    private static final long MIN = 60_000L;

    @Test
    void anAlarmOfWorkOutsideItsWindowIsAtThePolygonsCentroid() throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        WorkPlaces places = WorkPlaces.of(park);
        WorkPermitService service =
                new WorkPermitService(
                        null,
                        new WorkRuleBook(WorkRuleBook.loadDefault(), places::dikeAt),
                        new TenantScope(park));
        Map<String, Boolean> offered = new HashMap<>();
        WorkPermitCrossCheck check =
                new WorkPermitCrossCheck(
                        service,
                        places,
                        WorkPermitOptions.defaults(),
                        (id, active, value, note) -> offered.put(id, active),
                        (type, owners, payload, view) -> {},
                        System::currentTimeMillis);
        Principal admin = new Principal("test", Role.ADMIN, null);
        long now = System.currentTimeMillis();
        // a 100 m × 40 m rectangle of E02 (centroid 113.9495, 35.2567)
        JsonArray ring =
                new JsonArray()
                        .add(new JsonArray().add(113.949).add(35.2565))
                        .add(new JsonArray().add(113.950).add(35.2565))
                        .add(new JsonArray().add(113.950).add(35.2569))
                        .add(new JsonArray().add(113.949).add(35.2569))
                        .add(new JsonArray().add(113.949).add(35.2565));
        JsonObject body =
                new JsonObject()
                        .put("enterpriseId", "E02")
                        .put("kind", "WORK_AT_HEIGHT")
                        .put("level", "II")
                        .put("placeZh", "罐顶检修平台")
                        .put(
                                "location",
                                new JsonObject()
                                        .put("type", "Polygon")
                                        .put("coordinates", new JsonArray().add(ring)))
                        .put("startMs", now - 60 * MIN)
                        .put("endMs", now + 60 * MIN)
                        .put(
                                "people",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("role", "leader")
                                                        .put("name", "甲"))
                                        .add(
                                                new JsonObject()
                                                        .put("role", "guardian")
                                                        .put("name", "乙")));
        SpecialWorkPermit p = service.file(admin, service.parse(body, admin, now), now).permit();
        service.transition(admin, p.id(), WorkState.APPROVED, "丙", now);
        service.transition(admin, p.id(), WorkState.IN_PROGRESS, null, now);

        assertTrue(check.placeOf("E02.WP_WINDOW").isEmpty(), "not raised yet: no place");
        check.tick(now + 61 * MIN); // past the window's end, still in progress
        assertEquals(Boolean.TRUE, offered.get("E02.WP_WINDOW"), offered.toString());
        LinkagePackage.Place at = check.placeOf("E02.WP_WINDOW").orElseThrow();
        assertEquals(113.9495, at.lon(), 1e-6);
        assertEquals(35.2567, at.lat(), 1e-6);
        assertTrue(at.nameZh().contains(p.id()) && at.nameZh().contains("罐顶检修平台"), at.nameZh());
        assertTrue(check.placeOf("E02.WP_GAS_NEAR").isEmpty());
        assertTrue(check.placeOf("E02.SOMETHING_ELSE").isEmpty());
        // cleared (back inside the window): the place stays for the unacknowledged return
        check.tick(now);
        assertEquals(Boolean.FALSE, offered.get("E02.WP_WINDOW"));
        assertEquals(113.9495, check.placeOf("E02.WP_WINDOW").orElseThrow().lon(), 1e-6);
    }
}
