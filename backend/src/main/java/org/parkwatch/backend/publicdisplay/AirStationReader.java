package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the air stations' names from the park catalogue's layers (features of kind {@code
 * air-station}).
 */
final class AirStationReader {

    private AirStationReader() {}

    /** zh and en name by feature id. */
    static Map<String, String[]> names(ParkCatalog park) {
        Map<String, String[]> out = new HashMap<>();
        for (LayerInfo layer : park.layers()) {
            JsonArray features =
                    new JsonObject(park.layerGeoJson(layer.id()))
                            .getJsonArray("features", new JsonArray());
            for (Object o : features) {
                if (!(o instanceof JsonObject f)
                        || !(f.getValue("properties") instanceof JsonObject p)) continue;
                if (!"air-station".equals(p.getValue("kind"))) continue;
                out.put(
                        String.valueOf(f.getValue("id")),
                        new String[] {text(p, "nameZh"), text(p, "nameEn")});
            }
        }
        return out;
    }

    private static String text(JsonObject o, String field) {
        Object v = o.getValue(field);
        return v == null ? "" : v.toString();
    }
}
