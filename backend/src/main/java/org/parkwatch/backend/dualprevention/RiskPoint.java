package org.parkwatch.backend.dualprevention;

import java.util.List;

/**
 * A risk point (风险点) of an enterprise: where it is, how it is graded, how it is controlled and
 * inspected.
 *
 * @param externalId the enterprise system's own id (idempotent sync); null when filed here
 * @param geometryJson a GeoJSON Point or Polygon, lon/lat (EPSG:4326)
 * @param measures control measures (管控措施), in words
 */
public record RiskPoint(
        String id,
        String enterpriseId,
        String externalId,
        String name,
        String unitId,
        String geometryJson,
        RiskAssessment assessment,
        List<String> measures,
        List<InspectionTask> tasks,
        long createdMs,
        long updatedMs) {}
