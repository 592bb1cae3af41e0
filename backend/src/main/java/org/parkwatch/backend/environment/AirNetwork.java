package org.parkwatch.backend.environment;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.CandidateSource;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The park's air-monitoring network as the environment capability needs it, read once from the
 * catalogue: the air stations with their pollutant tags and local-metre positions, the weather
 * station's wind and cloud tags, and the tanks as candidate sources with the pollutants their
 * chemical can release.
 */
final class AirNetwork {

    /**
     * Sampling inlet height of a boundary air station (m), typical of HJ 664-2013 siting (3–20 m)
     * [U].
     */
    static final double STATION_INLET_HEIGHT_M = 3.0;

    /** Release height assumed for a tank leak (m): a flange or valve near the tank's base [U]. */
    static final double CANDIDATE_RELEASE_HEIGHT_M = 2.0;

    /** An air station: position, names and its tag per pollutant. */
    record AirStation(
            String featureId,
            String enterpriseId,
            String nameZh,
            String nameEn,
            double lon,
            double lat,
            Station station,
            Map<Pollutant, TagDefinition> tags) {}

    private final LocalMetricPlane plane;
    private final double originLon;
    private final double originLat;
    private final List<AirStation> stations = new ArrayList<>();
    private final List<CandidateSource> candidates = new ArrayList<>();
    private final Map<TagKind, String> weatherTags = new EnumMap<>(TagKind.class);

    AirNetwork(ParkCatalog park) {
        JsonArray centre = array(new JsonObject(park.metadata().toString()).getValue("centre"));
        this.originLon = number(centre, 0);
        this.originLat = number(centre, 1);
        this.plane = new LocalMetricPlane(originLon, originLat);
        Map<String, Map<Pollutant, TagDefinition>> tagsByFeature = new LinkedHashMap<>();
        for (TagDefinition t : park.allTags()) {
            if (t.kind() == TagKind.WIND_SPEED
                    || t.kind() == TagKind.WIND_DIRECTION
                    || t.kind() == TagKind.CLOUD_COVER) {
                weatherTags.putIfAbsent(t.kind(), t.id());
            }
            if (t.kind() != TagKind.AIR_QUALITY) {
                continue;
            }
            Optional<Pollutant> p =
                    EnvironmentSignals.ofSignal(t.id().substring(t.id().lastIndexOf('.') + 1));
            p.ifPresent(
                    pollutant ->
                            tagsByFeature
                                    .computeIfAbsent(
                                            t.featureId(), f -> new EnumMap<>(Pollutant.class))
                                    .put(pollutant, t));
        }
        for (LayerInfo layer : park.layers()) {
            for (Object o :
                    array(new JsonObject(park.layerGeoJson(layer.id())).getValue("features"))) {
                JsonObject f = object(o);
                JsonObject props = object(f.getValue("properties"));
                String kind = text(props, "kind", "");
                String id = text(f, "id", "");
                if ("air-station".equals(kind) && tagsByFeature.containsKey(id)) {
                    addStation(f, props, tagsByFeature.get(id));
                } else if ("tank".equals(kind)) {
                    addCandidate(f, props);
                }
            }
        }
    }

    private void addStation(JsonObject f, JsonObject props, Map<Pollutant, TagDefinition> tags) {
        JsonArray c = array(object(f.getValue("geometry")).getValue("coordinates"));
        double lon = number(c, 0);
        double lat = number(c, 1);
        String id = text(f, "id", "");
        stations.add(
                new AirStation(
                        id,
                        text(props, "enterpriseId", ""),
                        text(props, "nameZh", id),
                        text(props, "nameEn", id),
                        lon,
                        lat,
                        new Station(
                                id, plane.eastM(lon), plane.northM(lat), STATION_INLET_HEIGHT_M),
                        Map.copyOf(tags)));
    }

    private void addCandidate(JsonObject f, JsonObject props) {
        Set<Pollutant> holds = AirSignals.releasedBy(text(props, "chemicalCas", ""));
        if (holds.isEmpty()) {
            return;
        }
        double[] centre = ringCentre(object(f.getValue("geometry")));
        if (centre == null) {
            return;
        }
        candidates.add(
                new CandidateSource(
                        text(f, "id", ""),
                        text(props, "enterpriseId", ""),
                        plane.eastM(centre[0]),
                        plane.northM(centre[1]),
                        CANDIDATE_RELEASE_HEIGHT_M,
                        new HashSet<>(holds)));
    }

    /** Mean vertex of a Polygon's outer ring or a Point (lon, lat); null for other geometries. */
    private static double[] ringCentre(JsonObject geometry) {
        String type = text(geometry, "type", "");
        JsonArray coords = array(geometry.getValue("coordinates"));
        if ("Point".equals(type)) {
            return new double[] {number(coords, 0), number(coords, 1)};
        }
        JsonArray ring = array(coords.size() > 0 ? coords.getValue(0) : null);
        if (!"Polygon".equals(type) || ring.size() < 2) {
            return null;
        }
        int n = ring.size() - 1; // the closing vertex repeats the first
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < n; i++) {
            JsonArray v = array(ring.getValue(i));
            lon += number(v, 0);
            lat += number(v, 1);
        }
        return new double[] {lon / n, lat / n};
    }

    private static JsonObject object(Object v) {
        return v instanceof JsonObject o ? o : new JsonObject();
    }

    private static JsonArray array(Object v) {
        return v instanceof JsonArray a ? a : new JsonArray();
    }

    private static double number(JsonArray a, int i) {
        return i < a.size() && a.getValue(i) instanceof Number n ? n.doubleValue() : 0;
    }

    private static String text(JsonObject o, String field, String fallback) {
        Object v = o.getValue(field);
        return v instanceof String s ? s : v instanceof Number n ? n.toString() : fallback;
    }

    List<AirStation> stations() {
        return List.copyOf(stations);
    }

    List<CandidateSource> candidates() {
        return List.copyOf(candidates);
    }

    /**
     * The weather station's tag of a kind (wind speed, direction, cloud cover), empty when the park
     * has none.
     */
    Optional<String> weatherTag(TagKind kind) {
        return Optional.ofNullable(weatherTags.get(kind));
    }

    double originLon() {
        return originLon;
    }

    double originLat() {
        return originLat;
    }

    /** Local metres (x east, y north) back to lon/lat, for drawing candidates on the map. */
    double[] lonLat(double xM, double yM) {
        double lat = originLat + Math.toDegrees(yM / LocalMetricPlane.EARTH_RADIUS_M);
        double lon =
                originLon
                        + Math.toDegrees(
                                xM
                                        / (LocalMetricPlane.EARTH_RADIUS_M
                                                * Math.cos(Math.toRadians(originLat))));
        return new double[] {lon, lat};
    }
}
