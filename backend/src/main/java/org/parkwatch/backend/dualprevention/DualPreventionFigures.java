package org.parkwatch.backend.dualprevention;

/**
 * Hidden-danger figures of the park or one enterprise, for statistics and the daily and quarterly
 * reports.
 *
 * @param enterpriseId null for the whole park
 * @param total hidden dangers ever filed
 * @param open not closed
 * @param overdue past the rectification deadline, not rectified
 * @param majorOpen 重大隐患 not closed
 * @param rectified rectified, verified or closed
 * @param rectificationRate rectified / total (隐患整改率), NaN when none was filed
 * @param riskPoints risk points by colour
 * @param inspectionsOverdue inspection tasks past their period
 */
public record DualPreventionFigures(
        String enterpriseId,
        int total,
        int open,
        int overdue,
        int majorOpen,
        int rectified,
        double rectificationRate,
        Colours riskPoints,
        int inspectionsOverdue) {
    /** Counts of risk points by colour. */
    public record Colours(int red, int orange, int yellow, int blue) {}
}
