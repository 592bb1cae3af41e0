package org.parkwatch.model.consequence;

/**
 * CCPS puff dispersion coefficients σy = a·x^b, σz = c·x^d (σx = σy). Source:
 * docs/domain/consequence.md "Gaussian puff" [V coefficients, U form]; x in m, σ in m.
 */
public final class PuffCoefficients {

    // rows A..F: {a, b, c, d}
    static final double[][] TABLE = {
        {0.18, 0.92, 0.60, 0.75},
        {0.14, 0.92, 0.53, 0.73},
        {0.10, 0.92, 0.34, 0.71},
        {0.06, 0.92, 0.15, 0.70},
        {0.04, 0.92, 0.10, 0.65},
        {0.02, 0.89, 0.05, 0.61},
    };

    private PuffCoefficients() {}

    public static double sigmaYM(StabilityClass stability, double xM) {
        double[] r = TABLE[stability.ordinal()];
        return r[0] * Math.pow(xM, r[1]);
    }

    public static double sigmaZM(StabilityClass stability, double xM) {
        double[] r = TABLE[stability.ordinal()];
        return r[2] * Math.pow(xM, r[3]);
    }
}
