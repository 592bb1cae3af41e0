package org.parkwatch.model.routing;

import org.locationtech.jts.geom.Geometry;

/**
 * People to move: a village, school or hospital (the sensitive-targets layer).
 *
 * @param area lon/lat polygon or point; the target is in a zone when the area touches it, and its
 *     people leave from the area's interior point
 * @param people how many, ≥ 0
 * @param sensitive a school, hospital or other highly sensitive target: served first
 */
public record PopulationTarget(
        String id, String nameZh, String nameEn, Geometry area, int people, boolean sensitive) {
    public PopulationTarget {
        if (area == null || area.isEmpty())
            throw new IllegalArgumentException("target " + id + " has no area");
        if (people < 0) throw new IllegalArgumentException("target " + id + ": people must be ≥ 0");
    }
}
