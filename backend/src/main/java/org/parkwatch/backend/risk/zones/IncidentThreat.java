package org.parkwatch.backend.risk.zones;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The latest threat zones of an incident as typed data for other capabilities (evacuation and
 * approach routes, emergency command): where the release is, the wind the run used and every
 * reached zone's area in EPSG:4326.
 *
 * @param enterpriseIds the incident's enterprises (push owners, tenancy); empty when park-level
 * @param windFromDeg wind direction the run used, degrees clockwise from north it blows from; null
 *     when the run recorded none
 * @param areas every reached zone, per outcome outermost first
 */
public record IncidentThreat(
        String incidentId,
        String runId,
        List<String> enterpriseIds,
        long computedMs,
        double sourceLon,
        double sourceLat,
        Double windFromDeg,
        List<Area> areas) {
    public IncidentThreat {
        enterpriseIds = List.copyOf(enterpriseIds);
        areas = List.copyOf(areas);
    }

    /**
     * One zone.
     *
     * @param outcome e.g. {@code toxic}, {@code poolfire}
     * @param thresholdId e.g. {@code ERPG-2}, {@code 12.5kW}, {@code 0.01MPa}
     * @param textZh what the threshold means, zh
     * @param textEn what the threshold means, en
     * @param area lon/lat polygon
     */
    public record Area(
            String outcome, String thresholdId, String textZh, String textEn, Geometry area) {}
}
