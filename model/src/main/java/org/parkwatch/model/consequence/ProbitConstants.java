package org.parkwatch.model.consequence;

import java.util.Map;

/**
 * The probit constants. Source: docs/domain/consequence.md "Probits". Thermal and overpressure sets
 * [V, Sandia HyRAM {@code qra/probit.py}]; toxic sets are views of {@link ToxicChemicals} (with
 * their sources there) [U — each row must be checked against GB/T 37243-2019 appendix H before
 * release].
 */
public final class ProbitConstants {

    private ProbitConstants() {}

    /** Thermal dose V = t·q^{4/3} (q in W/m², t in s): Y = a + b·ln(s·V). {a, b, s}. */
    public static final double[] THERMAL_EISENBERG = {-38.48, 2.56, 1.0};

    public static final double[] THERMAL_TSAO = {-36.38, 2.56, 1.0};
    public static final double[] THERMAL_TNO = {-37.23, 2.56, 1.0};
    public static final double[] THERMAL_LEES = {-29.02, 1.99, 0.5};

    /** Exponent of q in the thermal dose. */
    public static final double THERMAL_DOSE_EXPONENT = 4.0 / 3.0;

    /** Eisenberg lung haemorrhage: Y = −77.1 + 6.91 ln p (p in Pa). */
    public static final double LUNG_EISENBERG_A = -77.1;

    public static final double LUNG_EISENBERG_B = 6.91;

    /** HSE lung: Y = 5.13 + 1.37 ln(p·10⁻⁵). */
    public static final double LUNG_HSE_A = 5.13;

    public static final double LUNG_HSE_B = 1.37;
    public static final double LUNG_HSE_SCALE = 1e-5;

    /** TNO head impact: Y = 5 − 8.49 ln(2430/p + 4×10⁸/(p·i)). */
    public static final double HEAD_TNO_B = 8.49;

    public static final double HEAD_TNO_P = 2430;
    public static final double HEAD_TNO_PI = 4e8;

    /** TNO structural collapse: Y = 5 − 0.22 ln((40000/p)^7.4 + (460/i)^11.3). */
    public static final double STRUCTURE_TNO_B = 0.22;

    public static final double STRUCTURE_TNO_P = 40000;
    public static final double STRUCTURE_TNO_P_EXP = 7.4;
    public static final double STRUCTURE_TNO_I = 460;
    public static final double STRUCTURE_TNO_I_EXP = 11.3;

    /**
     * Toxic Y = a + b·ln(Cⁿ·t): {a, b, n} by formula key. CCPS: C in ppm, t in min; rows in {@link
     * ToxicChemicals}.
     */
    public static final Map<String, double[]> TOXIC_CCPS =
            ToxicChemicals.probitTable(ToxicProbit.ConstantSet.CCPS);

    /** Purple Book (CPR 18E): C in mg/m³, t in min; rows in {@link ToxicChemicals}. */
    public static final Map<String, double[]> TOXIC_PURPLE_BOOK =
            ToxicChemicals.probitTable(ToxicProbit.ConstantSet.PURPLE_BOOK);
}
