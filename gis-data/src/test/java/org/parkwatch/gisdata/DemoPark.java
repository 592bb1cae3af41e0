package org.parkwatch.gisdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The demo park loaded once for the tests: every feature of every layer with its JTS geometry
 * (lon/lat) and a local-metre copy (x east, y north of the park centre, equirectangular, accurate
 * to well under a metre at park scale).
 */
final class DemoPark {
    /**
     * Metres per degree of latitude and longitude at the park centre (35.25 N, WGS 84 series
     * expansion).
     */
    static final double M_PER_DEG_LAT = 110_945.1;

    static final double M_PER_DEG_LON = 91_009.6;

    static final ParkCatalog CATALOG = ParkCatalog.loadDemo();
    static final List<Feature> FEATURES = loadFeatures();
    static final Map<String, Feature> BY_ID =
            FEATURES.stream()
                    .collect(
                            Collectors.toMap(Feature::id, f -> f, (a, b) -> a, LinkedHashMap::new));

    private DemoPark() {}

    record Feature(
            String layer,
            int index,
            String id,
            String kind,
            JsonNode props,
            Geometry lonLat,
            Geometry metres) {
        String where() {
            return layer + " feature[" + index + "] " + id;
        }

        String enterpriseId() {
            return props.path("enterpriseId").asText(null);
        }

        double num(String field) {
            return props.path(field).asDouble(Double.NaN);
        }
    }

    static List<Feature> ofKind(String kind) {
        return FEATURES.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    static Feature byId(String id) {
        Feature f = BY_ID.get(id);
        if (f == null) throw new AssertionError("no feature " + id);
        return f;
    }

    /** Local metres around the centre given in park.json. */
    static Geometry toMetres(Geometry lonLat) {
        JsonNode c = CATALOG.metadata().path("centre");
        double lon0 = c.get(0).asDouble(), lat0 = c.get(1).asDouble();
        AffineTransformation t =
                new AffineTransformation()
                        .translate(-lon0, -lat0)
                        .scale(M_PER_DEG_LON, M_PER_DEG_LAT);
        return t.transform(lonLat);
    }

    private static List<Feature> loadFeatures() {
        List<Feature> out = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (LayerInfo layer : CATALOG.layers()) {
            JsonNode fc = CATALOG.layer(layer.id());
            int i = 0;
            for (JsonNode f : fc.path("features")) {
                String where = layer.id() + " feature[" + i + "]";
                Geometry g;
                try {
                    g = reader.read(f.path("geometry").toString());
                } catch (ParseException e) {
                    throw new AssertionError(
                            where + ": geometry does not parse: " + e.getMessage(), e);
                }
                out.add(
                        new Feature(
                                layer.id(),
                                i++,
                                f.path("id").asText(null),
                                f.path("properties").path("kind").asText(null),
                                f.path("properties"),
                                g,
                                toMetres(g)));
            }
        }
        return out;
    }

    static Coordinate centreMetres(Feature f) {
        return f.metres().getCentroid().getCoordinate();
    }
}
