package org.parkwatch.model.consequence;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The footprint of one threshold: where the effect is at least the threshold level.
 *
 * @param threshold the level
 * @param distanceM farthest reach from the source (m): downwind distance along the centreline for
 *     plumes, the radius for circular effects; 0 when the level is never reached
 * @param maxHalfWidthM largest crosswind half-width (m); equals the radius for circular effects
 * @param area footprint polygon in local metres (x east, y north), empty when never reached
 * @param warnings validity warnings to show next to the drawn zone
 */
public record ThreatZone(
        Threshold threshold,
        double distanceM,
        double maxHalfWidthM,
        Geometry area,
        List<Warning> warnings) {

    /**
     * True when the zone was cut at the calculation range: {@link #distanceM()} is then a lower
     * bound.
     */
    public boolean atScanLimit() {
        return warnings.stream().anyMatch(w -> w.code().equals(WarningCode.SCAN_LIMIT.name()));
    }
}
