package org.parkwatch.backend.alarm.correlation;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the positions and unit membership of {@link CatalogFeatureLocator} from the park
 * catalogue's GeoJSON layers.
 */
final class CatalogFeatureReader {

    private CatalogFeatureReader() {}

    /**
     * @param positions filled with each feature's point or planar centroid, lon/lat
     * @param parent filled with each feature's parent: itself for a unit, the tank farm of a tank,
     *     the monitored feature of a detector
     * @throws IllegalArgumentException naming the layer and feature when a geometry cannot be read
     */
    static void read(
            ParkCatalog catalog,
            String[] layers,
            Map<String, LonLat> positions,
            Map<String, String> parent) {
        GeoJsonReader reader = new GeoJsonReader();
        for (String layer : layers) {
            if (catalog.layers().stream().noneMatch(l -> l.id().equals(layer))) continue;
            JsonArray features =
                    new JsonObject(catalog.layerGeoJson(layer))
                            .getJsonArray("features", new JsonArray());
            int i = 0;
            for (Object o : features) {
                JsonObject f = o instanceof JsonObject feature ? feature : new JsonObject();
                Object idValue = f.getValue("id");
                if (idValue == null) continue;
                String id = idValue.toString();
                try {
                    Object geometry = f.getValue("geometry");
                    if (geometry == null) throw new ParseException("no geometry");
                    Point c = reader.read(Json.encode(geometry)).getCentroid();
                    positions.put(id, new LonLat(c.getX(), c.getY()));
                } catch (ParseException e) {
                    throw new IllegalArgumentException(
                            layer
                                    + " feature "
                                    + i
                                    + " ("
                                    + id
                                    + "): bad geometry: "
                                    + e.getMessage(),
                            e);
                }
                JsonObject p =
                        f.getValue("properties") instanceof JsonObject props
                                ? props
                                : new JsonObject();
                String kind = p.getValue("kind") == null ? "" : p.getValue("kind").toString();
                if (kind.equals("tank-farm") || kind.equals("process-unit")) parent.put(id, id);
                else if (p.getValue("tankFarmId") != null)
                    parent.put(id, p.getValue("tankFarmId").toString());
                else if (p.getValue("monitorsFeatureId") != null) {
                    parent.put(id, p.getValue("monitorsFeatureId").toString());
                }
                i++;
            }
        }
    }
}
