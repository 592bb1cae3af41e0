package org.parkwatch.backend.gis;

import io.vertx.core.json.Json;
import java.util.List;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes stored features as RFC 7946 GeoJSON text (lon/lat, no {@code crs} member). */
public final class FeatureGeoJson {
    /** Decimal places of written coordinates: 1e-9° is well below a millimetre. */
    static final int DECIMALS = 9;

    private FeatureGeoJson() {}

    public static String feature(FeatureRecord f) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, f, writer());
        return sb.toString();
    }

    /**
     * A FeatureCollection; {@code extraMembers} (already JSON, e.g. {@code "numberMatched":3}) go
     * first, may be "".
     */
    public static String collection(List<FeatureRecord> features, String extraMembers) {
        GeoJsonWriter w = writer();
        StringBuilder sb = new StringBuilder(64 + features.size() * 256);
        sb.append("{\"type\":\"FeatureCollection\",");
        if (!extraMembers.isEmpty()) sb.append(extraMembers).append(',');
        sb.append("\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            if (i > 0) sb.append(',');
            append(sb, features.get(i), w);
        }
        return sb.append("]}").toString();
    }

    /** A JSON string literal; null as {@code null}. */
    public static String quote(String s) {
        return s == null ? "null" : Json.encode(s);
    }

    private static void append(StringBuilder sb, FeatureRecord f, GeoJsonWriter w) {
        sb.append("{\"type\":\"Feature\",\"id\":")
                .append(quote(f.id()))
                .append(",\"geometry\":")
                .append(w.write(f.geometry()))
                .append(",\"properties\":")
                .append(f.propsJson())
                .append('}');
    }

    private static GeoJsonWriter writer() {
        GeoJsonWriter w = new GeoJsonWriter(DECIMALS);
        w.setEncodeCRS(false);
        return w;
    }
}
