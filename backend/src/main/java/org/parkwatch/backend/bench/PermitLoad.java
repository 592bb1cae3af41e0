package org.parkwatch.backend.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.workpermit.SpecialWorkPermit;
import org.parkwatch.backend.workpermit.WorkPermitService;
import org.parkwatch.backend.workpermit.WorkPlaces;
import org.parkwatch.backend.workpermit.WorkState;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Files active special work permits through the API for the alarm-latency benchmark: 特级 hot work
 * (allowed anywhere, also inside dikes), approved, window from 30 min ago for 6 h; {@code near} of
 * them within 25 m of the probe detector, the others at random points of the park's extent (fixed
 * seed), filed through the service in process.
 */
final class PermitLoad {
    private PermitLoad() {}

    /**
     * @return the ids of those filed and approved
     * @throws IllegalStateException naming the answer when the API refuses one
     */
    static List<String> file(
            ParkCatalog park, WorkPermitService service, String probeTag, int count, int near)
            throws Exception {
        Principal admin = new Principal("bench", Role.ADMIN, null);
        WorkPlaces places = WorkPlaces.of(park);
        WorkPlaces.Detector det =
                places.detector(probeTag)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "--probe "
                                                        + probeTag
                                                        + " is not a gas-detector tag"));
        LocalMetricPlane plane = new LocalMetricPlane(det.lon(), det.lat());
        double[] extent = {113.9335, 35.2410, 113.9665, 35.2590}; // demo park.json "extent"
        Random random = new Random(42);
        long now = System.currentTimeMillis();
        String enterprise = probeTag.substring(0, probeTag.indexOf('.'));
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lon, lat;
            if (i < near) {
                double r = 25 * Math.sqrt(random.nextDouble());
                double a = 2 * Math.PI * random.nextDouble();
                lon = plane.lon(r * Math.cos(a));
                lat = plane.lat(r * Math.sin(a));
            } else {
                lon = extent[0] + random.nextDouble() * (extent[2] - extent[0]);
                lat = extent[1] + random.nextDouble() * (extent[3] - extent[1]);
            }
            JsonObject body =
                    new JsonObject()
                            .put("enterpriseId", enterprise)
                            .put("kind", "HOT_WORK")
                            .put("level", "special")
                            .put("placeZh", "基准测试动火 " + i)
                            .put(
                                    "location",
                                    new JsonObject()
                                            .put("type", "Point")
                                            .put("coordinates", new JsonArray().add(lon).add(lat)))
                            .put("startMs", now - 30 * 60_000L)
                            .put("endMs", now + 6 * 3_600_000L)
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
            // filed through the service, in process: 2,000 HTTP calls take minutes on a loaded
            // machine, and the cross-check sees the same permits either way
            var stored = service.file(admin, service.parse(body, admin, now), now).permit();
            service.transition(admin, stored.id(), WorkState.APPROVED, "丙", now);
            filed.add(stored.id());
        }
        return filed;
    }

    /**
     * Closes (cancels) these permits through the service, so that the cross-check's grid holds none
     * of them.
     *
     * @return how many were closed
     */
    static int closeAll(WorkPermitService service, List<SpecialWorkPermit> permits)
            throws Exception {
        Principal admin = new Principal("bench", Role.ADMIN, null);
        long now = System.currentTimeMillis();
        for (SpecialWorkPermit p : permits)
            service.transition(admin, p.id(), WorkState.CLOSED, null, now);
        return permits.size();
    }
}
