package org.parkwatch.model.routing;

import org.locationtech.jts.geom.Geometry;

/**
 * A threat zone as routing sees it: an area in EPSG:4326 with how bad it is and what it forbids.
 * The caller maps its thresholds onto these (the backend: ERPG-3 and 12.5 kW/m² are severity 3 and
 * no-entry; ERPG-2 and its equals severity 2 and evacuate; milder ones severity 1).
 *
 * @param id e.g. {@code toxic:ERPG-2}
 * @param area lon/lat polygon or multipolygon
 * @param severity 1 (mild) to 3 (life-threatening); weighs the way out ({@link
 *     RoutingSpeeds#exposureFactor})
 * @param evacuate people inside must be evacuated (ERPG-2 or worse)
 * @param noEntry responders must not enter (ERPG-3, 12.5 kW/m²)
 */
public record DangerZone(
        String id, Geometry area, int severity, boolean evacuate, boolean noEntry) {
    public DangerZone {
        if (area == null) throw new IllegalArgumentException("zone " + id + " has no area");
        if (severity < 1 || severity > 3)
            throw new IllegalArgumentException(
                    "zone " + id + ": severity must be 1–3, not " + severity);
    }
}
