package org.parkwatch.backend.hazard;

/**
 * One line of a grading: q, Q, q/Q, β and β·q/Q for one chemical. Ratio fields are null for a
 * chemical that does not count; {@code betaRatio} is null when β is unknown or the unit is not
 * graded.
 *
 * @param chemical the chemical with Q, β and their bases
 * @param quantityT q in tonnes
 * @param ratio q/Q (dimensionless)
 * @param betaRatio β·q/Q (dimensionless)
 * @param sourceId the source of q when not the unit's tanks or design data ({@link
 *     HazardItem#sourceId()}), or null
 */
public record GradedItem(
        ResolvedChemical chemical,
        double quantityT,
        Double ratio,
        Double betaRatio,
        String sourceId) {

    /** A line whose q comes from the unit's tanks or design data. */
    public GradedItem(ResolvedChemical chemical, double quantityT, Double ratio, Double betaRatio) {
        this(chemical, quantityT, ratio, betaRatio, null);
    }
}
