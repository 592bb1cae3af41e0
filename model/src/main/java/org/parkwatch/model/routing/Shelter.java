package org.parkwatch.model.routing;

/** An emergency shelter (避难场所) with room for {@code capacity} people, at a lon/lat point. */
public record Shelter(
        String id, String nameZh, String nameEn, double lon, double lat, int capacity) {
    public Shelter {
        if (capacity < 0)
            throw new IllegalArgumentException("shelter " + id + ": capacity must be ≥ 0");
    }
}
