package org.parkwatch.model.consequence;

/**
 * Power-law dispersion coefficients: σy = δ·x^0.9 (Spicer &amp; Havens 1988) and σz =
 * δ·x^β·exp(γ·(ln x)²) (Seinfeld 1986). Source: docs/domain/consequence.md "Gaussian plume" [V],
 * the default set of {@code aefarrell/GasDispersion.jl}. Distances in metres.
 */
public final class PowerLawCoefficients implements DispersionCoefficients {

    private static final double[] SIGMA_Y_DELTA = {0.423, 0.313, 0.210, 0.136, 0.102, 0.0674};
    private static final double SIGMA_Y_EXPONENT = 0.9;
    // rows A..F: {δ, β, γ}
    private static final double[][] SIGMA_Z = {
        {107.7, -1.7172, 0.2770},
        {0.1355, 0.8752, 0.0136},
        {0.09623, 0.9477, -0.0020},
        {0.04134, 1.1737, -0.0316},
        {0.02275, 1.3010, -0.0450},
        {0.01122, 1.4024, -0.0540},
    };

    private final double yDelta;
    private final double[] z;

    private PowerLawCoefficients(int row) {
        this.yDelta = SIGMA_Y_DELTA[row];
        this.z = SIGMA_Z[row];
    }

    /** Coefficients for a class (no terrain distinction in this set). */
    public static PowerLawCoefficients of(StabilityClass stability) {
        return new PowerLawCoefficients(stability.ordinal());
    }

    @Override
    public double sigmaYM(double xM) {
        return yDelta * Math.pow(xM, SIGMA_Y_EXPONENT);
    }

    @Override
    public double sigmaZM(double xM) {
        double lnX = Math.log(xM);
        return z[0] * Math.pow(xM, z[1]) * Math.exp(z[2] * lnX * lnX);
    }
}
