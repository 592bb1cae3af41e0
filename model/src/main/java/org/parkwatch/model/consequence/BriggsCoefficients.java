package org.parkwatch.model.consequence;

/**
 * Briggs (1973) open-country and urban dispersion coefficients, valid about 100 m to 10 km. Source:
 * docs/domain/consequence.md "Gaussian plume" [V], from {@code aefarrell/GasDispersion.jl}'s Briggs
 * equation set. Urban D uses σz = 0.14x(1+0.0003x)^−½; the 0.003 printed in some tables is a known
 * misprint (Griffiths 1994, Atmospheric Environment 28:2861).
 *
 * <p>σy = ky·x·(1 + ay·x)^−½; σz = kz·x·(1 + az·x)^ez (ez = 0 when the class has no correction
 * term).
 */
public final class BriggsCoefficients implements DispersionCoefficients {

    // rows A..F: {ky, ay, kz, az, ez}
    private static final double[][] RURAL = {
        {0.22, 0.0001, 0.20, 0.0, 0.0},
        {0.16, 0.0001, 0.12, 0.0, 0.0},
        {0.11, 0.0001, 0.08, 0.0002, -0.5},
        {0.08, 0.0001, 0.06, 0.0015, -0.5},
        {0.06, 0.0001, 0.03, 0.0003, -1.0},
        {0.04, 0.0001, 0.016, 0.0003, -1.0},
    };
    private static final double[][] URBAN = {
        {0.32, 0.0004, 0.24, 0.001, 0.5},
        {0.32, 0.0004, 0.24, 0.001, 0.5},
        {0.22, 0.0004, 0.20, 0.0, 0.0},
        {0.16, 0.0004, 0.14, 0.0003, -0.5},
        {0.11, 0.0004, 0.08, 0.0015, -0.5},
        {0.11, 0.0004, 0.08, 0.0015, -0.5},
    };

    private final double ky;
    private final double ay;
    private final double kz;
    private final double az;
    private final double ez;

    private BriggsCoefficients(double[] row) {
        this.ky = row[0];
        this.ay = row[1];
        this.kz = row[2];
        this.az = row[3];
        this.ez = row[4];
    }

    /** Coefficients for a class and terrain. */
    public static BriggsCoefficients of(StabilityClass stability, Terrain terrain) {
        double[][] table = terrain == Terrain.URBAN ? URBAN : RURAL;
        return new BriggsCoefficients(table[stability.ordinal()]);
    }

    @Override
    public double sigmaYM(double xM) {
        return ky * xM / Math.sqrt(1 + ay * xM);
    }

    @Override
    public double sigmaZM(double xM) {
        return ez == 0.0 ? kz * xM : kz * xM * Math.pow(1 + az * xM, ez);
    }
}
