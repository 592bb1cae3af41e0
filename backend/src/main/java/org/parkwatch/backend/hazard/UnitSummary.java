package org.parkwatch.backend.hazard;

/**
 * One unit's line in the major hazard list: who it is, its static and live grading, its tanks and
 * its monitoring coverage. What the hazard list, its totals, tenancy filter and CSV export work on
 * ({@link HazardSummaries}); {@link HazardJson#summary} writes it for the API.
 *
 * @param unit the unit's facts (names, owner, boundary, tanks)
 * @param enterpriseNameZh owner's Chinese name (its id when the park does not name it)
 * @param enterpriseNameEn owner's English name (its id when the park does not name it)
 * @param staticGrade grading by design quantities
 * @param liveGrade grading by measured levels
 * @param measuredTanks tanks of the unit with a measured level
 * @param coverage monitoring signals connected live
 */
public record UnitSummary(
        UnitInfo unit,
        String enterpriseNameZh,
        String enterpriseNameEn,
        GradingResult staticGrade,
        GradingResult liveGrade,
        int measuredTanks,
        MonitoringCoverage.UnitCoverage coverage) {

    public String id() {
        return unit.id();
    }

    public String enterpriseId() {
        return unit.enterpriseId();
    }

    /** A major hazard installation statically or live. */
    public boolean majorHazard() {
        return liveGrade.majorHazard() || staticGrade.majorHazard();
    }
}
