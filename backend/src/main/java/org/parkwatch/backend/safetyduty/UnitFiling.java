package org.parkwatch.backend.safetyduty;

/**
 * One start-up, shutdown or turnaround filing of a unit.
 *
 * @param id 0 until stored
 * @param plannedStartMs planned start, epoch ms; {@code plannedEndMs} after it
 * @param actualStartMs actual start, or null while it has not begun
 * @param actualEndMs actual end (the unit runs again), or null
 * @param approver who approved the filing in the enterprise
 */
public record UnitFiling(
        long id,
        String enterpriseId,
        String unitId,
        FilingKind kind,
        long plannedStartMs,
        long plannedEndMs,
        Long actualStartMs,
        Long actualEndMs,
        String approver,
        String note,
        String filedBy,
        long filedMs) {

    UnitFiling withId(long newId) {
        return new UnitFiling(
                newId,
                enterpriseId,
                unitId,
                kind,
                plannedStartMs,
                plannedEndMs,
                actualStartMs,
                actualEndMs,
                approver,
                note,
                filedBy,
                filedMs);
    }

    UnitFiling withActual(Long start, Long end) {
        return new UnitFiling(
                id,
                enterpriseId,
                unitId,
                kind,
                plannedStartMs,
                plannedEndMs,
                start,
                end,
                approver,
                note,
                filedBy,
                filedMs);
    }

    /** When the filing takes effect: the actual start, else the planned one. */
    public long effectiveStartMs() {
        return actualStartMs != null ? actualStartMs : plannedStartMs;
    }

    /** When it ends: the actual end, else the planned one. */
    public long effectiveEndMs() {
        return actualEndMs != null ? actualEndMs : plannedEndMs;
    }
}
