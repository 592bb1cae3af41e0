package org.parkwatch.model.logistics.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's demo trucks ({@value #FILE}), with their driving speed and how long they stand at the
 * enterprise.
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
                            points(t.path("path")),
                            points(t.path("detour")),
                            t.path("scenarioOnly").asBoolean(false)));
        }
        return new DemoFleet(
                root.path("speedKmh").asDouble(25), root.path("standMinutes").asInt(5), out);
    }

    private static String text(JsonNode n, String field, String where) {
        String v = n.path(field).asText("");
        if (v.isBlank()) throw new IllegalArgumentException(where + "." + field + " is missing");
        return v;
    }

    private static List<double[]> points(JsonNode a) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode p : a) out.add(new double[] {p.path(0).asDouble(), p.path(1).asDouble()});
        return out;
    }
}
