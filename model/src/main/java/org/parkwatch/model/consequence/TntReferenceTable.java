package org.parkwatch.model.consequence;

/**
 * Peak overpressure of a 1000 kg TNT surface burst versus distance, the Chinese safety-assessment
 * textbook table. Source: docs/domain/consequence.md "Vapour cloud explosion — TNT equivalence"
 * [V]. Interpolation is linear in log–log space between rows; outside the rows the table reports
 * "beyond table" instead of extrapolating.
 */
public final class TntReferenceTable {

    /** Charge mass the table is for (kg TNT). */
    public static final double REFERENCE_MASS_KG = 1000.0;

    /** R0 (m), ascending. */
    static final double[] DISTANCE_M = {
        5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75
    };

    /** ΔP (MPa), descending. */
    static final double[] OVERPRESSURE_MPA = {
        2.94, 2.06, 1.67, 1.27, 0.95, 0.76, 0.50, 0.33, 0.235, 0.17, 0.126, 0.079, 0.057, 0.043,
        0.033, 0.027, 0.0235, 0.0205, 0.018, 0.016, 0.0143, 0.013
    };

    private TntReferenceTable() {}

    public static double minDistanceM() {
        return DISTANCE_M[0];
    }

    public static double maxDistanceM() {
        return DISTANCE_M[DISTANCE_M.length - 1];
    }

    public static double maxOverpressureMpa() {
        return OVERPRESSURE_MPA[0];
    }

    public static double minOverpressureMpa() {
        return OVERPRESSURE_MPA[OVERPRESSURE_MPA.length - 1];
    }

    /** ΔP (MPa) at reference distance R0 (m); NaN outside [5, 75] m. */
    public static double overpressureMpa(double r0M) {
        if (!(r0M >= DISTANCE_M[0] && r0M <= maxDistanceM())) {
            return Double.NaN;
        }
        int i = 0;
        while (i < DISTANCE_M.length - 2 && r0M > DISTANCE_M[i + 1]) {
            i++;
        }
        return logLog(
                r0M,
                DISTANCE_M[i],
                DISTANCE_M[i + 1],
                OVERPRESSURE_MPA[i],
                OVERPRESSURE_MPA[i + 1]);
    }

    /** R0 (m) at which the overpressure is ΔP (MPa); NaN outside [0.013, 2.94] MPa. */
    public static double distanceM(double overpressureMpa) {
        if (!(overpressureMpa <= OVERPRESSURE_MPA[0] && overpressureMpa >= minOverpressureMpa())) {
            return Double.NaN;
        }
        int i = 0;
        while (i < OVERPRESSURE_MPA.length - 2 && overpressureMpa < OVERPRESSURE_MPA[i + 1]) {
            i++;
        }
        return logLog(
                overpressureMpa,
                OVERPRESSURE_MPA[i],
                OVERPRESSURE_MPA[i + 1],
                DISTANCE_M[i],
                DISTANCE_M[i + 1]);
    }

    private static double logLog(double x, double x0, double x1, double y0, double y1) {
        double t = Math.log(x / x0) / Math.log(x1 / x0);
        return Math.exp(Math.log(y0) + t * Math.log(y1 / y0));
    }
}
