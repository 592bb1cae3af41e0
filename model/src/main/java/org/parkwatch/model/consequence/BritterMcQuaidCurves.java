package org.parkwatch.model.consequence;

/**
 * Britter–McQuaid (1988) workbook correlations for continuous dense-gas plumes, as digitised in
 * CCPS (1999) "Guidelines for Consequence Analysis of Chemical Releases" and implemented in {@code
 * aefarrell/GasDispersion.jl} ({@code src/utils/britter_mcquaid_correls.jl}) [P: digitised curves,
 * docs/domain/consequence.md "Dense gas"].
 *
 * <p>For each concentration ratio Cm/C0 the curve gives β = log10(x/D) as a piecewise-linear
 * function of α = 0.2·log10(g0'²·q0/u⁵). Valid for α ≤ 1; beyond that the last segment is extended
 * and the result is flagged.
 */
public final class BritterMcQuaidCurves {

    /** Gravity as used by GasDispersion.jl's implementation (m/s²). */
    public static final double G_M_PER_S2 = 9.80616;

    /** Dense if (g0'·q0/D)^{1/3}/u ≥ 0.15 (Britter &amp; McQuaid 1988; CCPS 1999 §2.1.3) [P]. */
    public static final double DENSE_CRITERION = 0.15;

    /** Near-field correlation C/C0 = 306/(306 + (x/D)²), used up to x/D = 30. */
    public static final double NEAR_FIELD_CONSTANT = 306.0;

    public static final double NEAR_FIELD_LIMIT = 30.0;

    /** Largest α the curves cover. */
    public static final double MAX_ALPHA = 1.0;

    /** Concentration ratios of the curves, descending. */
    static final double[] RATIOS = {0.10, 0.05, 0.02, 0.01, 0.005, 0.002};

    /**
     * Per ratio, the breakpoints {α1, α2, α3} and segments: β = const1 (α ≤ α1); slope2·α + icpt2
     * (α1 &lt; α ≤ α2); const3 (α2 &lt; α ≤ α3, absent for 0.10); slope4·α + icpt4 (α &gt; α3). Row
     * layout: {α1, const1, α2, slope2, icpt2, α3, const3, slope4, icpt4}.
     */
    static final double[][] CURVES = {
        {-0.55, 1.75, -0.14, 0.24, 1.88, -0.14, Double.NaN, -0.50, 1.78},
        {-0.68, 1.92, -0.29, 0.36, 2.16, -0.18, 2.06, -0.56, 1.96},
        {-0.69, 2.08, -0.31, 0.45, 2.39, -0.16, 2.25, -0.54, 2.16},
        {-0.70, 2.25, -0.29, 0.49, 2.59, -0.20, 2.45, -0.52, 2.35},
        {-0.67, 2.40, -0.28, 0.59, 2.80, -0.15, 2.63, -0.48, 2.56},
        {-0.69, 2.60, -0.25, 0.39, 2.87, -0.13, 2.77, -0.50, 2.71},
    };

    private BritterMcQuaidCurves() {}

    /** β = log10(x/D) at which Cm/C0 reaches {@code RATIOS[i]} for a given α. */
    public static double beta(int i, double alpha) {
        double[] c = CURVES[i];
        if (alpha <= c[0]) {
            return c[1];
        }
        if (alpha <= c[2]) {
            return c[3] * alpha + c[4];
        }
        if (alpha <= c[5]) {
            return c[6];
        }
        return c[7] * alpha + c[8];
    }

    public static int curveCount() {
        return RATIOS.length;
    }

    public static double ratio(int i) {
        return RATIOS[i];
    }
}
