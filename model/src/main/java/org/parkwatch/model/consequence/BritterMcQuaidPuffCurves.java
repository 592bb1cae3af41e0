package org.parkwatch.model.consequence;

/**
 * Britter–McQuaid (1988) workbook correlations for instantaneous dense-gas releases, as digitised
 * in CCPS (1999) "Guidelines for Consequence Analysis of Chemical Releases" (figure of the
 * instantaneous-release correlation) and tabulated in {@code aefarrell/GasDispersion.jl} [P:
 * digitised curves].
 *
 * <p>For each ratio Cm/C0 the curve gives β = log10(x/V0^{1/3}) as a piecewise-linear function of α
 * = 0.5·log10(g0'·V0^{1/3}/u10²). Valid for α ≤ 1; beyond that the last segment is extended and
 * flagged.
 */
public final class BritterMcQuaidPuffCurves {

    /** Near-field correlation C/C0 = 3.24/(3.24 + x′²) (Britter &amp; McQuaid 1988). */
    public static final double NEAR_FIELD_CONSTANT = 3.24;

    /** Largest α the curves cover. */
    public static final double MAX_ALPHA = 1.0;

    /** Cloud radius growth R² = R0² + RADIAL_GROWTH·√(g0'·V0)·t (workbook gravity spreading). */
    public static final double RADIAL_GROWTH = 1.2;

    /** The cloud centre advects at ADVECTION·u10 (workbook). */
    public static final double ADVECTION = 0.4;

    /** Concentration ratios of the curves, descending. */
    static final double[] RATIOS = {0.10, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001};

    /**
     * Per ratio, breakpoints and segments: {α1, β for α ≤ α1, α2, slope, intercept for α1 &lt; α ≤
     * α2, slope3, intercept3 for α &gt; α2}; a NaN α2 means the second segment runs to the end.
     */
    static final double[][] CURVES = {
        {-0.44, 0.70, 0.43, 0.26, 0.81, 0, 0.93},
        {-0.56, 0.85, 0.31, 0.26, 1.00, -0.12, 1.12},
        {-0.66, 0.95, 0.32, 0.36, 1.19, -0.26, 1.38},
        {-0.71, 1.15, 0.37, 0.34, 1.39, -0.38, 1.66},
        {-0.52, 1.48, 0.24, 0.26, 1.62, -0.30, 1.75},
        {0.27, 1.83, Double.NaN, -0.32, 1.92, Double.NaN, Double.NaN},
        {-0.10, 2.075, Double.NaN, -0.27, 2.05, Double.NaN, Double.NaN},
    };

    private BritterMcQuaidPuffCurves() {}

    /** β = log10(x/V0^{1/3}) at which Cm/C0 reaches {@code RATIOS[i]} for a given α. */
    public static double beta(int i, double alpha) {
        double[] c = CURVES[i];
        if (alpha <= c[0]) {
            return c[1];
        }
        if (Double.isNaN(c[2]) || alpha <= c[2]) {
            return c[3] * alpha + c[4];
        }
        return c[5] * alpha + c[6];
    }

    public static int curveCount() {
        return RATIOS.length;
    }

    public static double ratio(int i) {
        return RATIOS[i];
    }
}
