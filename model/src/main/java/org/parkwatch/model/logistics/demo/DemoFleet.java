package org.parkwatch.model.logistics.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.logistics.HazmatParking;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's demo trucks ({@value #FILE}), with their driving speed and how long they stand at the
 * enterprise; some come in by way of the park's hazmat parking lot ({@link DemoTruck.LotVisit}).
 */
public record DemoFleet(double speedKmh, int standMinutes, List<DemoTruck> trucks) {
    public static final String FILE = "logistics/demo-fleet.json";

    public DemoFleet {
        trucks = List.copyOf(trucks);
    }

    /** The park's fleet; empty when the park has no such file. */
    public static DemoFleet of(ParkCatalog park) {
        return park.optionalJson(FILE)
                .map(DemoFleet::parse)
                .orElse(new DemoFleet(25, 5, List.of()));
    }

    /**
     * @throws IllegalArgumentException naming the truck and field that is missing or bad
     */
    static DemoFleet parse(JsonNode root) {
        List<DemoTruck> out = new ArrayList<>();
        int i = 0;
        for (JsonNode t : root.path("trucks")) {
            String where = FILE + " trucks[" + i++ + "]";
            List<double[]> path = points(t.path("path"), where + ".path");
            if (path.size() < 2)
                throw new IllegalArgumentException(where + ".path needs at least 2 waypoints");
            out.add(
                    new DemoTruck(
                            text(t, "phone", where),
                            text(t, "plate", where),
                            text(t, "carrier", where),
                            text(t, "enterpriseId", where),
                            text(t, "driverId", where),
                            text(t, "driverName", where),
                            text(t, "tankType", where),
                            t.path("capacityT").asDouble(),
                            t.path("permitValidDays").asInt(),
                            text(t, "cas", where),
                            text(t, "unNumber", where),
                            text(t, "chemicalZh", where),
                            t.path("quantityT").asDouble(),
                            text(t, "direction", where),
                            path,
                            points(t.path("detour"), where + ".detour"),
                            t.path("scenarioOnly").asBoolean(false),
                            lotVisit(t.path("lotVisit"), path, where + ".lotVisit")));
        }
        return new DemoFleet(
                root.path("speedKmh").asDouble(25), root.path("standMinutes").asInt(5), out);
    }

    private static String text(JsonNode n, String field, String where) {
        String v = n.path(field).asText("");
        if (v.isBlank()) throw new IllegalArgumentException(where + "." + field + " is missing");
        return v;
    }

    /**
     * The optional way in by the parking lot: {@code parkMinutes} a whole number above zero and
     * below the lot's overstay limit ({@link HazmatParking#MAX_DWELL_MINUTES}), {@code toLot} from
     * the path's first waypoint to the slot, {@code toSite} from the slot to the path's last
     * waypoint; null when the node is absent.
     */
    private static DemoTruck.LotVisit lotVisit(JsonNode n, List<double[]> path, String where) {
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isObject()) throw new IllegalArgumentException(where + " must be an object");
        JsonNode minutes = n.path("parkMinutes");
        if (!minutes.canConvertToInt() || !minutes.isIntegralNumber() || minutes.asInt() <= 0)
            throw new IllegalArgumentException(
                    where
                            + ".parkMinutes must be a whole number of minutes above 0, not "
                            + minutes);
        // a demo truck must not raise the lot's overstay alarm by just following the file
        if (minutes.asInt() >= HazmatParking.MAX_DWELL_MINUTES)
            throw new IllegalArgumentException(
                    where
                            + ".parkMinutes must be below the hazmat parking lot's overstay limit of "
                            + HazmatParking.MAX_DWELL_MINUTES
                            + " minutes, not "
                            + minutes);
        List<double[]> toLot = points(n.path("toLot"), where + ".toLot");
        List<double[]> toSite = points(n.path("toSite"), where + ".toSite");
        if (toLot.size() < 2)
            throw new IllegalArgumentException(where + ".toLot needs at least 2 waypoints");
        if (toSite.size() < 2)
            throw new IllegalArgumentException(where + ".toSite needs at least 2 waypoints");
        if (!same(toLot.get(0), path.get(0)))
            throw new IllegalArgumentException(
                    where + ".toLot[0] must be the path's first waypoint (where the truck starts)");
        if (!same(toSite.get(0), toLot.get(toLot.size() - 1)))
            throw new IllegalArgumentException(
                    where + ".toSite[0] must be the last waypoint of toLot (the slot in the lot)");
        if (!same(toSite.get(toSite.size() - 1), path.get(path.size() - 1)))
            throw new IllegalArgumentException(
                    where
                            + ".toSite["
                            + (toSite.size() - 1)
                            + "] must be the path's last waypoint (inside the site)");
        return new DemoTruck.LotVisit(minutes.asInt(), toLot, toSite);
    }

    private static boolean same(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }

    /** Lon/lat waypoints; an absent node is none. */
    private static List<double[]> points(JsonNode a, String where) {
        List<double[]> out = new ArrayList<>();
        if (a.isMissingNode() || a.isNull()) return out;
        if (!a.isArray())
            throw new IllegalArgumentException(where + " must be an array of [lon, lat] waypoints");
        for (int k = 0; k < a.size(); k++) {
            JsonNode p = a.get(k);
            double lon = p.path(0).asDouble(Double.NaN);
            double lat = p.path(1).asDouble(Double.NaN);
            if (!p.isArray()
                    || p.size() != 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()
                    || Math.abs(lon) > 180
                    || Math.abs(lat) > 90)
                throw new IllegalArgumentException(
                        where + "[" + k + "] must be a [lon, lat] pair of degrees, not " + p);
            out.add(new double[] {lon, lat});
        }
        return out;
    }
}
