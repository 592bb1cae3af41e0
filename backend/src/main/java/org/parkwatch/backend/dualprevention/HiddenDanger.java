package org.parkwatch.backend.dualprevention;

/**
 * A hidden danger (隐患) of an enterprise and where it is in its life cycle.
 *
 * @param externalId the enterprise system's own id (idempotent sync); null when filed here
 * @param riskPointId the risk point it was found at; null when none
 * @param geometryJson a GeoJSON Point or Polygon, lon/lat
 * @param level null until assessed
 * @param deadlineMs rectification deadline, epoch ms; null until assigned
 * @param responsible the person responsible for the rectification; null until assigned
 */
public record HiddenDanger(
        String id,
        String enterpriseId,
        String externalId,
        String riskPointId,
        String title,
        String description,
        String geometryJson,
        DangerState state,
        DangerLevel level,
        Long deadlineMs,
        String responsible,
        long reportedMs,
        String reportedBy,
        long updatedMs) {

    /** Past its rectification deadline and not yet rectified. */
    public boolean overdue(long nowMs) {
        return state == DangerState.ASSIGNED && deadlineMs != null && nowMs > deadlineMs;
    }

    /** Rectification deadline within {@code withinMs} from now, not passed (a reminder). */
    public boolean dueSoon(long nowMs, long withinMs) {
        return state == DangerState.ASSIGNED
                && deadlineMs != null
                && nowMs <= deadlineMs
                && deadlineMs - nowMs <= withinMs;
    }

    public boolean major() {
        return level == DangerLevel.MAJOR;
    }
}
