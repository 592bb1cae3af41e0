package org.parkwatch.backend.environment;

import com.fasterxml.jackson.databind.JsonNode;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.CandidateSource;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The park's air-monitoring network as the environment capability needs it, read once from the catalogue: the air
 * stations with their pollutant tags and local-metre positions, the weather station's wind and cloud tags, and the
 * tanks as candidate sources with the pollutants their chemical can release.
 */
final class AirNetwork {

    /** Sampling inlet height of a boundary air station (m), typical of HJ 664-2013 siting (3–20 m) [U]. */
    static final double STATION_INLET_HEIGHT_M = 3.0;
    /** Release height assumed for a tank leak (m): a flange or valve near the tank's base [U]. */
    static final double CANDIDATE_RELEASE_HEIGHT_M = 2.0;

    /** An air station: position, names and its tag per pollutant. */
    record AirStation(String featureId, String enterpriseId, String nameZh, String nameEn, double lon, double lat,
                      Station station, Map<Pollutant, TagDefinition> tags) {
    }

    private final LocalMetricPlane plane;
    private final double originLon;
    private final double originLat;
    private final List<AirStation> stations = new ArrayList<>();
    private final List<CandidateSource> candidates = new ArrayList<>();
    private final Map<TagKind, String> weatherTags = new EnumMap<>(TagKind.class);

    AirNetwork(ParkCatalog park) {
        JsonNode centre = park.metadata().path("centre");
        this.originLon = centre.path(0).asDouble();
        this.originLat = centre.path(1).asDouble();
        this.plane = new LocalMetricPlane(originLon, originLat);
        Map<String, Map<Pollutant, TagDefinition>> tagsByFeature = new LinkedHashMap<>();
        for (TagDefinition t : park.allTags()) {
            if (t.kind() == TagKind.WIND_SPEED || t.kind() == TagKind.WIND_DIRECTION
                    || t.kind() == TagKind.CLOUD_COVER) {
                weatherTags.putIfAbsent(t.kind(), t.id());
            }
            if (t.kind() != TagKind.AIR_QUALITY) {
                continue;
            }
            Optional<Pollutant> p = EnvironmentSignals.ofSignal(t.id().substring(t.id().lastIndexOf('.') + 1));
            p.ifPresent(pollutant -> tagsByFeature.computeIfAbsent(t.featureId(),
                    f -> new EnumMap<>(Pollutant.class)).put(pollutant, t));
        }
        for (LayerInfo layer : park.layers()) {
            for (JsonNode f : park.layer(layer.id()).path("features")) {
                JsonNode props = f.path("properties");
                String kind = props.path("kind").asText();
                if ("air-station".equals(kind) && tagsByFeature.containsKey(f.path("id").asText())) {
                    addStation(f, props, tagsByFeature.get(f.path("id").asText()));
                } else if ("tank".equals(kind)) {
                    addCandidate(f, props);
                }
            }
        }
    }

    private void addStation(JsonNode f, JsonNode props, Map<Pollutant, TagDefinition> tags) {
        JsonNode c = f.path("geometry").path("coordinates");
        double lon = c.path(0).asDouble();
        double lat = c.path(1).asDouble();
        String id = f.path("id").asText();
        stations.add(new AirStation(id, props.path("enterpriseId").asText(""), props.path("nameZh").asText(id),
                props.path("nameEn").asText(id), lon, lat,
                new Station(id, plane.eastM(lon), plane.northM(lat), STATION_INLET_HEIGHT_M), Map.copyOf(tags)));
    }

    private void addCandidate(JsonNode f, JsonNode props) {
        Set<Pollutant> holds = EnvironmentSignals.HELD_BY_CAS.get(props.path("chemicalCas").asText(""));
        if (holds == null) {
            return;
        }
        double[] centre = ringCentre(f.path("geometry"));
        if (centre == null) {
            return;
        }
        candidates.add(new CandidateSource(f.path("id").asText(), props.path("enterpriseId").asText(""),
                plane.eastM(centre[0]), plane.northM(centre[1]), CANDIDATE_RELEASE_HEIGHT_M, new HashSet<>(holds)));
    }

    /** Mean vertex of a Polygon's outer ring or a Point (lon, lat); null for other geometries. */
    private static double[] ringCentre(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coords = geometry.path("coordinates");
        if ("Point".equals(type)) {
            return new double[]{coords.path(0).asDouble(), coords.path(1).asDouble()};
        }
        if (!"Polygon".equals(type) || coords.path(0).size() < 2) {
            return null;
        }
        JsonNode ring = coords.path(0);
        int n = ring.size() - 1; // the closing vertex repeats the first
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < n; i++) {
            lon += ring.path(i).path(0).asDouble();
            lat += ring.path(i).path(1).asDouble();
        }
        return new double[]{lon / n, lat / n};
    }

    List<AirStation> stations() {
        return List.copyOf(stations);
    }

    List<CandidateSource> candidates() {
        return List.copyOf(candidates);
    }

    /** The weather station's tag of a kind (wind speed, direction, cloud cover), empty when the park has none. */
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
        double lon = originLon + Math.toDegrees(xM / (LocalMetricPlane.EARTH_RADIUS_M
                * Math.cos(Math.toRadians(originLat))));
        return new double[]{lon, lat};
    }
}
