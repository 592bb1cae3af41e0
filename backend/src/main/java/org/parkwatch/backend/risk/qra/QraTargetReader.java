package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the QRA's protection targets ({@code sensitive-targets} layer) and the park's extent
 * (park.json).
 */
final class QraTargetReader {
    static final String TARGET_LAYER = "sensitive-targets";

    private QraTargetReader() {}

    /**
     * @param geometry reads a feature's GeoJSON geometry text (feature id for messages) into park
     *     metres
     * @throws IllegalArgumentException naming the feature and the attribute when one is bad
     */
    static List<TargetArea> targets(
            ParkCatalog park, BiFunction<String, String, Geometry> geometry) {
        Map<String, JsonObject> features = new LinkedHashMap<>();
        for (JsonObject f : ParkLayerReader.features(ParkLayerReader.layer(park, TARGET_LAYER))) {
            features.put(text(f, "id", ""), f);
        }
        List<TargetArea> out = new ArrayList<>();
        features.forEach(
                (id, f) -> {
                    JsonObject p =
                            f.getValue("properties") instanceof JsonObject o ? o : new JsonObject();
                    try {
                        FacilityStatus status =
                                FacilityStatus.parse(text(p, "facilityStatus", null));
                        Object g = f.getValue("geometry");
                        out.add(
                                new TargetArea(
                                        id,
                                        text(p, "nameZh", id),
                                        text(p, "nameEn", id),
                                        TargetArea.parseClass(text(p, "protectionClass", null)),
                                        p.getValue("population") instanceof Number n
                                                ? n.doubleValue()
                                                : 0,
                                        geometry.apply(g == null ? null : g.toString(), id),
                                        status == null ? FacilityStatus.DEFAULT : status,
                                        status == null
                                                ? FacilityStatus.Source.DEFAULT
                                                : FacilityStatus.Source.ATTRIBUTE));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                TARGET_LAYER + " feature " + id + ": " + e.getMessage(), e);
                    }
                });
        return out;
    }

    /**
     * park.json's {@code extent}: min lon, min lat, max lon, max lat.
     *
     * @throws IllegalArgumentException when it is missing or not four numbers
     */
    static double[] extentLonLat(ParkCatalog park) {
        Object extent = new JsonObject(park.metadata().toString()).getValue("extent");
        if (!(extent instanceof JsonArray e)
                || e.size() != 4
                || !e.stream().allMatch(Number.class::isInstance)) {
            throw new IllegalArgumentException(
                    "park.json: extent [minLon, minLat, maxLon, maxLat] is missing");
        }
        return new double[] {e.getDouble(0), e.getDouble(1), e.getDouble(2), e.getDouble(3)};
    }

    private static String text(JsonObject o, String field, String fallback) {
        Object v = o.getValue(field);
        return v == null || v instanceof JsonObject || v instanceof JsonArray
                ? fallback
                : v.toString();
    }
}
