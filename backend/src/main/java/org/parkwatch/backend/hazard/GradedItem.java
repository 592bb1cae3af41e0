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
 */
public record GradedItem(
        ResolvedChemical chemical, double quantityT, Double ratio, Double betaRatio) {}
