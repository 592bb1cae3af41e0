package org.parkwatch.backend.gis;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stored feature's properties ({@link FeatureRecord#propsJson}) into {@link
 * FeatureAttributes}.
 */
public final class FeatureAttributesJson {

    private FeatureAttributesJson() {}

    /**
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static FeatureAttributes parse(String propsJson) {
        try {
            return new FeatureAttributes(
                    plain(new JsonObject(propsJson == null ? "{}" : propsJson)));
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "properties are not a JSON object: " + e.getMessage(), e);
        }
    }

    /**
     * The feature's properties; empty when they do not parse (a stored feature written by an older
     * version).
     */
    public static FeatureAttributes of(FeatureRecord f) {
        try {
            return parse(f.propsJson());
        } catch (IllegalArgumentException e) {
            return FeatureAttributes.EMPTY;
        }
    }

    static Map<String, Object> plain(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach(e -> out.put(e.getKey(), plainValue(e.getValue())));
        return out;
    }

    private static Object plainValue(Object v) {
        if (v instanceof JsonObject o) return plain(o);
        if (v instanceof JsonArray a) {
            List<Object> list = new ArrayList<>();
            a.forEach(x -> list.add(plainValue(x)));
            return list;
        }
        return v;
    }
}
