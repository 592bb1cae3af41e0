package org.parkwatch.backend.logistics;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The port through which logistics reads an incident's latest threat zones (the composition root
 * adapts the threat-zone capability's).
 */
@FunctionalInterface
public interface ThreatAreas {
    /** The incident's latest zones; empty when it has none. */
    Optional<Zones> latest(String incidentId);

    /**
     * @param enterpriseIds the incident's enterprises (tenancy); empty when park-level
     * @param areas every reached zone
     */
    record Zones(List<String> enterpriseIds, List<Area> areas) {
        public Zones {
            enterpriseIds = List.copyOf(enterpriseIds);
            areas = List.copyOf(areas);
        }
    }

    /**
     * One zone.
     *
     * @param outcome e.g. {@code toxic}
     * @param thresholdId e.g. {@code ERPG-2}
     * @param lonLat the zone's polygon, EPSG:4326
     */
    record Area(
            String outcome, String thresholdId, String textZh, String textEn, Geometry lonLat) {}
}
