package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Vapour cloud explosion by TNT equivalence, textbook method (docs/domain/consequence.md §Vapour
 * cloud explosion [V]): W_TNT = α·β·W_f·Q_f/Q_TNT, and ΔP(R) from {@link TntReferenceTable} by
 * cube-root scaling R0 = R/(W_TNT/1000)^{1/3}; Kingery–Bulmash beyond the table's rows. Masses in
 * kg, heats in kJ/kg, distances in m, pressures in MPa.
 */
public final class TntEquivalence {

    /** Default yield factor α (range 0.0002–0.149) [V]. */
    public static final double DEFAULT_EFFICIENCY = 0.04;

    /** Ground-burst factor β [V]. */
    public static final double DEFAULT_GROUND_FACTOR = 1.8;

    /** Default TNT blast energy (kJ/kg, range 4230–4836) [V]. */
    public static final double DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG = 4500;

    private final double tntMassKg;

    /** For a known TNT-equivalent mass (kg, &gt; 0). */
    public TntEquivalence(double tntMassKg) {
        if (!(tntMassKg > 0)) {
            throw new IllegalArgumentException("tntMassKg must be > 0 but was " + tntMassKg);
        }
        this.tntMassKg = tntMassKg;
    }

    /** W_TNT = α·β·W_f·Q_f/Q_TNT (kg). */
    public static double tntMassKg(
            double fuelMassKg,
            double heatOfCombustionKjPerKg,
            double efficiency,
            double groundFactor,
            double tntBlastEnergyKjPerKg) {
        return efficiency
                * groundFactor
                * fuelMassKg
                * heatOfCombustionKjPerKg
                / tntBlastEnergyKjPerKg;
    }

    public double tntMassKg() {
        return tntMassKg;
    }

    /** Cube-root scale factor (W/1000)^{1/3}. */
    private double scale() {
        return Math.cbrt(tntMassKg / TntReferenceTable.REFERENCE_MASS_KG);
    }

    /**
     * Peak overpressure (MPa) at distance R (m). Outside the table (R0 outside 5–75 m) the answer
     * falls back to Kingery–Bulmash for the same TNT mass, flagged {@code beyondTable} with
     * KINGERY_BULMASH_FALLBACK; the fit is a hemispherical surface burst and W_TNT already carries
     * the ground factor β, so the fallback is conservative.
     */
    public BlastResult overpressureMpa(double distanceM) {
        double r0 = distanceM / scale();
        double p = TntReferenceTable.overpressureMpa(r0);
        if (Double.isNaN(p)) {
            String detail =
                    r0 < TntReferenceTable.minDistanceM()
                            ? "R0 = " + round(r0) + " m < 5 m, ΔP > 2.94 MPa"
                            : "R0 = " + round(r0) + " m > 75 m, ΔP < 0.013 MPa";
            return fallback(KingeryBulmash.overpressureMpa(distanceM, tntMassKg), detail);
        }
        return new BlastResult(p, false, List.of());
    }

    /**
     * Distance (m) at which the overpressure is ΔP (MPa). Outside 0.013–2.94 MPa the answer falls
     * back to Kingery–Bulmash for the same TNT mass, flagged {@code beyondTable} with
     * KINGERY_BULMASH_FALLBACK (so the 0.01 and 0.003 MPa rings and the 6.9 kPa (1 psi) endpoint
     * are drawn, not left empty).
     */
    public BlastResult distanceM(double overpressureMpa) {
        double r0 = TntReferenceTable.distanceM(overpressureMpa);
        if (Double.isNaN(r0)) {
            String detail =
                    overpressureMpa > TntReferenceTable.maxOverpressureMpa()
                            ? "ΔP > 2.94 MPa: R0 < 5 m"
                            : "ΔP < 0.013 MPa: R0 > 75 m";
            return fallback(KingeryBulmash.distanceM(overpressureMpa, tntMassKg), detail);
        }
        return new BlastResult(r0 * scale(), false, List.of());
    }

    private static BlastResult fallback(BlastResult kb, String detail) {
        List<Warning> w = new ArrayList<>();
        w.add(Warning.of(WarningCode.KINGERY_BULMASH_FALLBACK, detail));
        w.addAll(kb.warnings());
        return new BlastResult(kb.value(), true, List.copyOf(w));
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 100) / 100.0);
    }
}
