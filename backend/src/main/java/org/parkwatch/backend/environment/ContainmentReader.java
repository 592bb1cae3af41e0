package org.parkwatch.backend.environment;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Reads what three-tier containment (三级防控) needs from the park's layers and tag lists: each
 * enterprise's tank farms with their dike volumes (tier 1), its rainwater outfalls with their
 * shut-off valve tags and its accident pools (tier 2), the park's stormwater outfall valve and
 * emergency pond (tier 3), the river's centre line upstream to downstream with its section, and the
 * drinking-water intake. Positions in local metres around the park centre.
 */
final class ContainmentReader {

    /** A place with a name, a position and what it holds. */
    record Place(
            String id,
            String enterpriseId,
            String nameZh,
            String nameEn,
            double[] xy,
            double capacityM3,
            String valveTagId) {}

    /** The river: centre line (upstream first) and section; NaN where the layers say nothing. */
    record River(List<double[]> line, double flowM3PerS, double widthM, double depthM) {}

    record Network(
            List<Place> dikes,
            List<Place> rainOutfalls,
            List<Place> accidentPools,
            List<Place> parkOutfalls,
            List<Place> emergencyPonds,
            Place intake,
            River river) {}

    private ContainmentReader() {}

    static Network read(ParkCatalog park) {
        JsonArray centre =
                (JsonArray) new JsonObject(park.metadata().toString()).getValue("centre");
        LocalMetricPlane plane = new LocalMetricPlane(number(centre, 0), number(centre, 1));
        Map<String, String> valveByFeature = new LinkedHashMap<>();
        for (TagDefinition t : park.allTags()) {
            if (t.kind() == TagKind.VALVE_STATE && t.id().endsWith("_ZSO")) {
                valveByFeature.putIfAbsent(t.featureId(), t.id());
            }
        }
        List<Place> dikes = new ArrayList<>();
        List<Place> rain = new ArrayList<>();
        List<Place> pools = new ArrayList<>();
        List<Place> parkOutfalls = new ArrayList<>();
        List<Place> ponds = new ArrayList<>();
        Place intake = null;
        Map<String, JsonObject> rivers = new LinkedHashMap<>();
        for (LayerInfo layer : park.layers()) {
            Object fs = new JsonObject(park.layerGeoJson(layer.id())).getValue("features");
            JsonArray features = fs instanceof JsonArray a ? a : new JsonArray();
            for (Object o : features) {
                JsonObject f = (JsonObject) o;
                JsonObject p = f.getJsonObject("properties", new JsonObject());
                JsonObject g = f.getJsonObject("geometry", new JsonObject());
                String id = f.getString("id", "");
                String kind = p.getString("kind", "");
                switch (kind) {
                    case "tank-farm" ->
                            dikes.add(
                                    place(
                                            f,
                                            p,
                                            plane,
                                            area(g, plane) * p.getDouble("dikeHeightM", 0.0),
                                            null));
                    case "accident-pool", "emergency-pond" -> {
                        Place pool = place(f, p, plane, p.getDouble("capacityM3", 0.0), null);
                        ("PARK".equals(pool.enterpriseId()) ? ponds : pools).add(pool);
                    }
                    case "outfall" -> {
                        if (!"stormwater".equals(p.getString("outfallType"))) break;
                        Place out = place(f, p, plane, Double.NaN, valveByFeature.get(id));
                        ("PARK".equals(out.enterpriseId()) ? parkOutfalls : rain).add(out);
                    }
                    case "drinking-water-intake" -> intake = place(f, p, plane, Double.NaN, null);
                    case "river" -> rivers.put(id, f);
                    default -> {}
                }
            }
        }
        return new Network(dikes, rain, pools, parkOutfalls, ponds, intake, river(rivers, plane));
    }

    /** The reaches chained by {@code upstreamId}, from the one no reach names as upstream. */
    private static River river(Map<String, JsonObject> reaches, LocalMetricPlane plane) {
        Map<String, String> downstreamOf = new LinkedHashMap<>();
        reaches.forEach(
                (id, f) -> {
                    String up = f.getJsonObject("properties").getString("upstreamId");
                    if (up != null) downstreamOf.put(up, id);
                });
        String first =
                reaches.keySet().stream()
                        .filter(
                                id ->
                                        reaches.get(id)
                                                        .getJsonObject("properties")
                                                        .getString("upstreamId")
                                                == null)
                        .filter(id -> downstreamOf.containsKey(id))
                        .findFirst()
                        .orElse(null);
        List<double[]> line = new ArrayList<>();
        double flow = Double.NaN;
        double width = Double.NaN;
        double depth = Double.NaN;
        for (String id = first; id != null; id = downstreamOf.get(id)) {
            JsonObject f = reaches.get(id);
            JsonObject p = f.getJsonObject("properties");
            for (Object v : f.getJsonObject("geometry").getJsonArray("coordinates")) {
                JsonArray c = (JsonArray) v;
                double[] xy = {plane.eastM(number(c, 0)), plane.northM(number(c, 1))};
                if (line.isEmpty()
                        || Math.hypot(
                                        line.get(line.size() - 1)[0] - xy[0],
                                        line.get(line.size() - 1)[1] - xy[1])
                                > 0.01) {
                    line.add(xy);
                }
            }
            flow = p.getDouble("meanFlowM3PerS", flow);
            width = p.getDouble("widthM", width);
            depth = p.getDouble("meanDepthM", depth);
        }
        return new River(line, flow, width, depth);
    }

    private static Place place(
            JsonObject f, JsonObject p, LocalMetricPlane plane, double capacity, String valve) {
        double[] lonLat = centre(f.getJsonObject("geometry", new JsonObject()));
        return new Place(
                f.getString("id", ""),
                p.getString("enterpriseId", ""),
                p.getString("nameZh", ""),
                p.getString("nameEn", ""),
                new double[] {plane.eastM(lonLat[0]), plane.northM(lonLat[1])},
                capacity,
                valve);
    }

    private static double[] centre(JsonObject g) {
        JsonArray c = g.getJsonArray("coordinates", new JsonArray());
        if ("Point".equals(g.getString("type"))) return new double[] {number(c, 0), number(c, 1)};
        JsonArray ring = c.size() > 0 ? c.getJsonArray(0) : new JsonArray();
        int n = Math.max(1, ring.size() - 1);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < n && i < ring.size(); i++) {
            lon += number(ring.getJsonArray(i), 0);
            lat += number(ring.getJsonArray(i), 1);
        }
        return new double[] {lon / n, lat / n};
    }

    /** Shoelace area of a polygon's outer ring in local metres, m². */
    private static double area(JsonObject g, LocalMetricPlane plane) {
        if (!"Polygon".equals(g.getString("type"))) return 0;
        JsonArray ring = g.getJsonArray("coordinates").getJsonArray(0);
        double a = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            JsonArray p = ring.getJsonArray(i);
            JsonArray q = ring.getJsonArray(i + 1);
            a +=
                    plane.eastM(number(p, 0)) * plane.northM(number(q, 1))
                            - plane.eastM(number(q, 0)) * plane.northM(number(p, 1));
        }
        return Math.abs(a) / 2;
    }

    private static double number(JsonArray a, int i) {
        return a != null && i < a.size() && a.getValue(i) instanceof Number n ? n.doubleValue() : 0;
    }
}
