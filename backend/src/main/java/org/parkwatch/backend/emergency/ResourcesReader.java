package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.linkage.LinkageFeatures;

/**
 * Reads the park's emergency resources: {@code emergency/resources.json} (teams, vehicles, experts,
 * stores; {@code at} names a feature whose position they take) and the shelters of the {@code
 * emergency-resources} layer with their capacity. A bad entry is an {@link
 * IllegalArgumentException} naming the file and the entry.
 */
public final class ResourcesReader {
    static final String FILE = "emergency/resources.json";

    private ResourcesReader() {}

    public static List<EmergencyResource> read(JsonObject file, LinkageFeatures features) {
        List<EmergencyResource> out = new ArrayList<>();
        add(out, file, "teams", EmergencyResource.Type.TEAM, features);
        add(out, file, "vehicles", EmergencyResource.Type.VEHICLE, features);
        add(out, file, "experts", EmergencyResource.Type.EXPERT, features);
        add(out, file, "stores", EmergencyResource.Type.STORE, features);
        for (FeatureRecord f : features.layer("emergency-resources")) {
            if (!"shelter".equals(f.kind())) continue;
            Point c = f.geometry().getCentroid();
            Integer capacity = new JsonObject(f.propsJson()).getInteger("capacity", 0);
            out.add(
                    new EmergencyResource(
                            f.id(),
                            EmergencyResource.Type.SHELTER,
                            "shelter",
                            f.nameZh(),
                            f.nameEn(),
                            f.enterpriseId(),
                            c.getX(),
                            c.getY(),
                            capacity,
                            List.of(),
                            List.of()));
        }
        Set<String> ids = new HashSet<>();
        for (EmergencyResource r : out) {
            if (!ids.add(r.id()))
                throw new IllegalArgumentException(
                        FILE + ": resource id " + r.id() + " is repeated");
        }
        return out;
    }

    private static void add(
            List<EmergencyResource> out,
            JsonObject file,
            String key,
            EmergencyResource.Type type,
            LinkageFeatures features) {
        JsonArray rows = file.getJsonArray(key, new JsonArray());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject r = rows.getJsonObject(i);
            String where = FILE + ": " + key + "[" + i + "] " + r.getString("id");
            if (r.getString("id") == null) throw new IllegalArgumentException(where + ": no id");
            double lon = Double.NaN;
            double lat = Double.NaN;
            String at = r.getString("at");
            if (at != null) {
                FeatureRecord f =
                        features.feature(at)
                                .orElseThrow(
                                        () ->
                                                new IllegalArgumentException(
                                                        where + ": at '" + at + "' is no feature"));
                lon = f.geometry().getCentroid().getX();
                lat = f.geometry().getCentroid().getY();
            } else if (r.containsKey("lon")) {
                lon = r.getDouble("lon");
                lat = r.getDouble("lat");
            } else if (type != EmergencyResource.Type.EXPERT) {
                throw new IllegalArgumentException(where + ": needs 'at' or lon/lat");
            }
            List<String> specialities = new ArrayList<>();
            for (Object s : r.getJsonArray("specialities", new JsonArray()))
                specialities.add((String) s);
            List<EmergencyResource.StockItem> items = new ArrayList<>();
            for (Object o : r.getJsonArray("items", new JsonArray())) {
                JsonObject it = (JsonObject) o;
                double q = it.getDouble("quantity", -1.0);
                if (it.getString("item") == null || !(q >= 0))
                    throw new IllegalArgumentException(
                            where + ": an item needs an id and quantity ≥ 0");
                items.add(
                        new EmergencyResource.StockItem(
                                it.getString("item"),
                                it.getString("nameZh"),
                                it.getString("nameEn"),
                                it.getString("unit"),
                                q,
                                it.getBoolean("foam", false)));
            }
            String nameZh = r.getString("nameZh");
            String nameEn = r.getString("nameEn");
            if (nameZh == null && at != null) {
                nameZh = features.feature(at).map(FeatureRecord::nameZh).orElse(null);
                nameEn = features.feature(at).map(FeatureRecord::nameEn).orElse(null);
            }
            out.add(
                    new EmergencyResource(
                            r.getString("id"),
                            type,
                            r.getString(
                                    "kind",
                                    type == EmergencyResource.Type.STORE ? "store" : "expert"),
                            nameZh,
                            nameEn,
                            r.getString("enterpriseId", "PARK"),
                            lon,
                            lat,
                            r.getInteger("members", 0),
                            specialities,
                            items));
        }
    }
}
