package org.parkwatch.backend.gis;

import org.locationtech.jts.geom.Envelope;

/** A lon/lat box (EPSG:4326 degrees) as given in {@code bbox=minLon,minLat,maxLon,maxLat}. */
public record Envelope4326(double minLon, double minLat, double maxLon, double maxLat) {
    public Envelope4326 {
        if (!(minLon <= maxLon) || !(minLat <= maxLat)) {
            throw new IllegalArgumentException(
                    "bbox must be minLon,minLat,maxLon,maxLat with min ≤ max");
        }
    }

    /** Parses {@code minLon,minLat,maxLon,maxLat}; the message names what is wrong. */
    public static Envelope4326 parse(String bbox) {
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "bbox '" + bbox + "' must have 4 numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "bbox value " + (i + 1) + " '" + parts[i] + "' is not a number");
            }
        }
        return new Envelope4326(v[0], v[1], v[2], v[3]);
    }

    public static Envelope4326 of(Envelope e) {
        return new Envelope4326(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    public Envelope toJts() {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }
}
