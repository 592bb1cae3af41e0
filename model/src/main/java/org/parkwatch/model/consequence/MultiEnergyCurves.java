package org.parkwatch.model.consequence;

/**
 * The constants of the TNO multi-energy method (Van den Berg 1985; TNO Yellow Book CPR 14E, 3rd ed.
 * 1997, §5.5.3; CCPS 1994 Guidelines for Evaluating the Characteristics of Vapor Cloud Explosions,
 * Flash Fires and BLEVEs, §5.3), in one place. Scaled distance R̄ = R/(E/P0)^{1/3}, scaled side-on
 * overpressure P̄ = ΔP/P0; E the combustion energy of the flammable mixture in the congested
 * region, P0 the ambient pressure.
 *
 * <p>Status [U]: the public literature searched (including Alonso et al. 2006, J. Hazard. Mater.
 * A137 734–741, whose piecewise fits we could not read) gave no table or fit we could check. The
 * curves are therefore built from three documented features of the TNO chart, each verifiable on
 * the chart: (1) near the charge every curve is flat at its source strength's initial scaled
 * overpressure ({@link #INITIAL_SCALED_OVERPRESSURE}, the chart's labels); (2) outside the charge a
 * deflagration blast decays acoustically, P̄ ∝ 1/R̄; (3) no curve lies above the detonation curve
 * (strength 10), which in the far field is the blast of a TNT charge of equal energy, here the
 * Kingery–Bulmash surface-burst fit at Z = R̄·(E_TNT/P0)^{1/3}. Results carry the warning {@link
 * WarningCode#MULTI_ENERGY_CURVES}. Replace the construction by a published digitisation when one
 * can be checked.
 */
public final class MultiEnergyCurves {

    /**
     * Initial scaled overpressure ΔP/P0 of blast strength 1..10 (index 0..9), the labels of the TNO
     * chart (Yellow Book fig. 5.7) [U: read from the chart's legend].
     */
    static final double[] INITIAL_SCALED_OVERPRESSURE = {
        0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10
    };

    /**
     * Combustion energy per unit volume of a stoichiometric hydrocarbon–air mixture, J/m³ (Yellow
     * Book §5.5.3: 3.5 MJ/m³) [U].
     */
    public static final double STOICHIOMETRIC_ENERGY_DENSITY_J_PER_M3 = 3.5e6;

    /**
     * Blast energy of TNT, J/kg, for the detonation curve's TNT charge of equal energy: the same
     * value as {@link TntEquivalence#DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG} [U].
     */
    static final double TNT_BLAST_ENERGY_J_PER_KG =
            TntEquivalence.DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG * 1000;

    /**
     * Scaled radius of the hemispherical charge of stoichiometric mixture that holds E: r0 =
     * (3E/(2π·e))^{1/3}, so R̄0 = (3·P0/(2π·e))^{1/3} ≈ 0.24 whatever E.
     */
    public static final double CHARGE_SCALED_RADIUS =
            Math.cbrt(
                    3
                            * SourceTermConstants.ATMOSPHERIC_PA
                            / (2 * Math.PI * STOICHIOMETRIC_ENERGY_DENSITY_J_PER_M3));

    /** Lowest and highest blast strength. */
    public static final int MIN_STRENGTH = 1;

    public static final int MAX_STRENGTH = 10;

    private MultiEnergyCurves() {}

    /** Initial scaled overpressure of a strength 1..10. */
    public static double initialScaledOverpressure(int strength) {
        if (strength < MIN_STRENGTH || strength > MAX_STRENGTH) {
            throw new IllegalArgumentException("blast strength must be 1..10 but was " + strength);
        }
        return INITIAL_SCALED_OVERPRESSURE[strength - 1];
    }

    /** Kingery–Bulmash scaled distance Z (m/kg^{1/3}) of a multi-energy scaled distance R̄. */
    public static double tntScaledDistance(double scaledDistance) {
        return scaledDistance
                * Math.cbrt(TNT_BLAST_ENERGY_J_PER_KG / SourceTermConstants.ATMOSPHERIC_PA);
    }

    /** Scaled overpressure of the detonation curve (strength 10) at R̄. */
    public static double detonationScaledOverpressure(double scaledDistance) {
        double z = Math.max(tntScaledDistance(scaledDistance), KingeryBulmash.MIN_Z);
        double p = KingeryBulmash.overpressureKpa(z) * 1000 / SourceTermConstants.ATMOSPHERIC_PA;
        return Math.min(p, INITIAL_SCALED_OVERPRESSURE[MAX_STRENGTH - 1]);
    }

    /**
     * Scaled overpressure of blast strength s at R̄ (&gt; 0): min(P̄s, P̄s·R̄0/R̄, detonation
     * curve).
     */
    public static double scaledOverpressure(int strength, double scaledDistance) {
        double p0 = initialScaledOverpressure(strength);
        double acoustic =
                scaledDistance <= CHARGE_SCALED_RADIUS
                        ? p0
                        : p0 * CHARGE_SCALED_RADIUS / scaledDistance;
        return Math.min(acoustic, detonationScaledOverpressure(scaledDistance));
    }
}
