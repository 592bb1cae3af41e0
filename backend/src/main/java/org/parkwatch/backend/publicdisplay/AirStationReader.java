package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the public names of monitoring places from the park catalogue's layers: the air stations
 * (features of kind {@code air-station}) and, for the disclosure page, the outfalls.
 */
final class AirStationReader {

    private AirStationReader() {}

    /** zh and en name of every air station by feature id. */
    static Map<String, String[]> names(ParkCatalog park) {
        return names(park, Set.of("air-station"));
    }

    /** zh and en name by feature id of the features of the given kinds. */
    static Map<String, String[]> names(ParkCatalog park, Set<String> kinds) {
        Map<String, String[]> out = new HashMap<>();
        for (LayerInfo layer : park.layers()) {
            JsonArray features =
                    new JsonObject(park.layerGeoJson(layer.id()))
                            .getJsonArray("features", new JsonArray());
            for (Object o : features) {
                if (!(o instanceof JsonObject f)
                        || !(f.getValue("properties") instanceof JsonObject p)) continue;
                if (!kinds.contains(String.valueOf(p.getValue("kind")))) continue;
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
