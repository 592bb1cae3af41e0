package org.parkwatch.backend.dualprevention;

import java.util.Set;
import java.util.TreeSet;

/**
 * Grades a risk point by LEC (D = L × E × C) or LS (R = L × S) into the four colours of {@link
 * RiskBands}, refusing factor values the method's scale does not have.
 */
public final class RiskGrading {
    private RiskGrading() {}

    /**
     * @param exposure E for LEC; ignored (may be null) for LS
     * @param consequence C for LEC, S for LS
     * @throws IllegalArgumentException naming the factor, its value and the accepted values
     */
    public static RiskAssessment grade(
            GradingMethod method, Double likelihood, Double exposure, Double consequence) {
        if (method == null) throw new IllegalArgumentException("method: missing (LEC or LS)");
        if (method == GradingMethod.LEC) {
            double l = onScale("likelihood (L)", likelihood, RiskBands.LEC_L);
            double e = onScale("exposure (E)", exposure, RiskBands.LEC_E);
            double c = onScale("consequence (C)", consequence, RiskBands.LEC_C);
            double d = l * e * c;
            return new RiskAssessment(method, l, e, c, d, RiskBands.grade(RiskBands.LEC, d));
        }
        double l = whole("likelihood (L)", likelihood);
        double s = whole("severity (S)", consequence);
        double r = l * s;
        return new RiskAssessment(method, l, null, s, r, RiskBands.grade(RiskBands.LS, r));
    }

    private static double onScale(String name, Double v, Set<Double> scale) {
        if (v == null || !scale.contains(v)) {
            throw new IllegalArgumentException(
                    name
                            + " = "
                            + v
                            + " is not on the LEC scale; accepted: "
                            + new TreeSet<>(scale)
                            + " (rule: LEC factors take the Graham–Kinney values)");
        }
        return v;
    }

    private static double whole(String name, Double v) {
        if (v == null || v != Math.rint(v) || v < RiskBands.LS_MIN || v > RiskBands.LS_MAX) {
            throw new IllegalArgumentException(
                    name
                            + " = "
                            + v
                            + " is not a whole number "
                            + RiskBands.LS_MIN
                            + "–"
                            + RiskBands.LS_MAX
                            + " (rule: the LS matrix is 5 × 5)");
        }
        return v;
    }
}
