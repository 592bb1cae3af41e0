package org.parkwatch.backend.dualprevention;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Checks the location of a risk point or hidden danger: a GeoJSON Point or Polygon (one closed ring
 * or more) in lon/lat inside the park's extent; returns it re-encoded with only {@code type} and
 * {@code coordinates}.
 */
final class GeometryJson {
    /** minLon, minLat, maxLon, maxLat of the park (park.json {@code extent}), or null: any. */
    private final double[] extent;

    GeometryJson(double[] extent) {
        this.extent = extent;
    }

    /**
     * @throws IllegalArgumentException naming the field and what is wrong
     */
    String check(String field, Object value) {
        if (!(value instanceof JsonObject g)) {
            throw new IllegalArgumentException(
                    field + ": must be a GeoJSON Point or Polygon object (lon/lat)");
        }
        String type = g.getString("type");
        Object coords = g.getValue("coordinates");
        if (!(coords instanceof JsonArray c)) {
            throw new IllegalArgumentException(field + ".coordinates: missing");
        }
        if ("Point".equals(type)) {
            position(field + ".coordinates", c);
        } else if ("Polygon".equals(type)) {
            if (c.isEmpty()) throw new IllegalArgumentException(field + ": a polygon needs a ring");
            for (int r = 0; r < c.size(); r++) {
                String where = field + ".coordinates[" + r + "]";
                if (!(c.getValue(r) instanceof JsonArray ring) || ring.size() < 4) {
                    throw new IllegalArgumentException(where + ": a ring has at least 4 positions");
                }
                for (int i = 0; i < ring.size(); i++) {
                    if (!(ring.getValue(i) instanceof JsonArray p)) {
                        throw new IllegalArgumentException(where + "[" + i + "]: not a position");
                    }
                    position(where + "[" + i + "]", p);
                }
                if (!ring.getJsonArray(0).equals(ring.getJsonArray(ring.size() - 1))) {
                    throw new IllegalArgumentException(where + ": the ring is not closed");
                }
            }
        } else {
            throw new IllegalArgumentException(
                    field + ".type: '" + type + "' is not Point or Polygon");
        }
        return new JsonObject().put("type", type).put("coordinates", c).encode();
    }

    private void position(String where, JsonArray p) {
        if (p.size() < 2
                || !(p.getValue(0) instanceof Number)
                || !(p.getValue(1) instanceof Number)) {
            throw new IllegalArgumentException(where + ": a position is [lon, lat]");
        }
        double lon = p.getDouble(0);
        double lat = p.getDouble(1);
        if (!Double.isFinite(lon)
                || !Double.isFinite(lat)
                || Math.abs(lon) > 180
                || Math.abs(lat) > 90) {
            throw new IllegalArgumentException(
                    where + ": [" + lon + ", " + lat + "] is no lon/lat");
        }
        if (extent != null
                && (lon < extent[0] || lat < extent[1] || lon > extent[2] || lat > extent[3])) {
            throw new IllegalArgumentException(
                    where + ": [" + lon + ", " + lat + "] is outside the park's extent");
        }
    }
}
