package org.parkwatch.model.consequence;

import java.util.List;

/**
 * Kingery–Bulmash hemispherical (surface burst) incident overpressure, Swisdak (1994) polynomial
 * fit (docs/domain/consequence.md §Vapour cloud explosion [V]): P(kPa) = exp(A + B·lnZ + C·(lnZ)² +
 * D·(lnZ)³ + E·(lnZ)⁴), Z = R/W^{1/3} in m/kg^{1/3}.
 */
public final class KingeryBulmash {

    /** Upper Z bound of each range (m/kg^{1/3}). */
    static final double[] RANGE_UPPER_Z = {2.9, 23.8, Double.POSITIVE_INFINITY};

    /** {A, B, C, D, E} per range. */
    static final double[][] COEFFICIENTS = {
        {7.2106, -2.1069, -0.3229, 0.1117, 0.0685},
        {7.5938, -3.0523, 0.40977, 0.0261, -0.01267},
        {6.0536, -1.4066, 0, 0, 0},
    };

    /**
     * Swisdak's fit is stated for about 0.2 ≤ Z ≤ 198 m/kg^{1/3} [U: bounds as in UFC 3-340-02
     * charts].
     */
    public static final double MIN_Z = 0.2;

    public static final double MAX_Z = 198.0;

    private KingeryBulmash() {}

    /** Incident overpressure (kPa) at scaled distance Z (m/kg^{1/3}, &gt; 0). */
    public static double overpressureKpa(double scaledDistance) {
        double l = Math.log(scaledDistance);
        int i = 0;
        while (scaledDistance > RANGE_UPPER_Z[i]) {
            i++;
        }
        double[] c = COEFFICIENTS[i];
        return Math.exp(c[0] + l * (c[1] + l * (c[2] + l * (c[3] + l * c[4]))));
    }

    /** Scaled distance Z = R/W^{1/3}. */
    public static double scaledDistance(double distanceM, double tntMassKg) {
        return distanceM / Math.cbrt(tntMassKg);
    }

    /**
     * Overpressure (MPa) at R (m) from W kg TNT, with OUTSIDE_VALIDITY outside the fit's Z range.
     */
    public static BlastResult overpressureMpa(double distanceM, double tntMassKg) {
        double z = scaledDistance(distanceM, tntMassKg);
        double p = overpressureKpa(z) / 1000.0;
        return new BlastResult(p, false, zWarnings(z));
    }

    /** Distance (m) at which the overpressure is ΔP (MPa), by bisection on the monotone fit. */
    public static BlastResult distanceM(double overpressureMpa, double tntMassKg) {
        double targetKpa = overpressureMpa * 1000.0;
        double lo = 0.01;
        double hi = 10_000;
        if (overpressureKpa(lo) < targetKpa || overpressureKpa(hi) > targetKpa) {
            return new BlastResult(
                    Double.NaN,
                    true,
                    List.of(
                            Warning.of(
                                    WarningCode.OUTSIDE_VALIDITY,
                                    "ΔP = " + overpressureMpa + " MPa")));
        }
        for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
            double mid = Math.sqrt(lo * hi);
            if (overpressureKpa(mid) > targetKpa) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double z = Math.sqrt(lo * hi);
        return new BlastResult(z * Math.cbrt(tntMassKg), false, zWarnings(z));
    }

    private static List<Warning> zWarnings(double z) {
        if (z < MIN_Z || z > MAX_Z) {
            return List.of(
                    Warning.of(
                            WarningCode.OUTSIDE_VALIDITY,
                            "Z = " + Math.round(z * 1000) / 1000.0 + " m/kg^(1/3)"));
        }
        return List.of();
    }
}
