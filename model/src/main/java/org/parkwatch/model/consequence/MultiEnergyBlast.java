package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Side-on overpressure of a vapour cloud explosion by the TNO multi-energy method: the blast of a
 * hemispherical charge of combustion energy E (J) at blast strength 1..10 chosen from the
 * congestion and confinement of the cloud's location, curves in {@link MultiEnergyCurves}. E is the
 * heat of combustion of the fuel in the congested part of the cloud (the whole cloud when that is
 * not known, conservative). Beside {@link TntEquivalence}: where TNT equivalence scales one blast
 * curve by a fixed efficiency, the multi-energy method lets an open, uncongested cloud give a weak
 * blast. Units: J, m, MPa. Pure.
 */
public final class MultiEnergyBlast {

    /** Scaled distances searched for a level (R̄). */
    static final double MIN_SCALED_DISTANCE = 1e-3;

    static final double MAX_SCALED_DISTANCE = 1e3;

    private final double energyJ;
    private final int strength;
    private final double lengthM;

    /**
     * @param energyJ combustion energy of the charge (J, &gt; 0)
     * @param strength blast strength 1..10
     */
    public MultiEnergyBlast(double energyJ, int strength) {
        if (!(energyJ > 0)) {
            throw new IllegalArgumentException("energyJ must be > 0 but was " + energyJ);
        }
        MultiEnergyCurves.initialScaledOverpressure(strength);
        this.energyJ = energyJ;
        this.strength = strength;
        this.lengthM = Math.cbrt(energyJ / SourceTermConstants.ATMOSPHERIC_PA);
    }

    /** The charge of a fuel mass (kg) with heat of combustion (J/kg): E = m·ΔHc. */
    public static MultiEnergyBlast ofFuel(
            double fuelKg, double heatOfCombustionJPerKg, int strength) {
        return new MultiEnergyBlast(fuelKg * heatOfCombustionJPerKg, strength);
    }

    public double energyJ() {
        return energyJ;
    }

    public int strength() {
        return strength;
    }

    /** Sachs length (E/P0)^{1/3} (m). */
    public double scalingLengthM() {
        return lengthM;
    }

    /** Radius (m) of the hemispherical stoichiometric charge holding E. */
    public double chargeRadiusM() {
        return MultiEnergyCurves.CHARGE_SCALED_RADIUS * lengthM;
    }

    /** Side-on overpressure (MPa) at R (m, &gt; 0). */
    public BlastResult overpressureMpa(double distanceM) {
        double rbar = distanceM / lengthM;
        double p = MultiEnergyCurves.scaledOverpressure(strength, rbar);
        return new BlastResult(p * SourceTermConstants.ATMOSPHERIC_PA / 1e6, false, warnings(rbar));
    }

    /**
     * Distance (m) at which the overpressure falls to ΔP (MPa); 0 when the strength never reaches
     * ΔP (an open cloud of low strength), by bisection on the monotone curve.
     */
    public BlastResult distanceM(double overpressureMpa) {
        double target = overpressureMpa * 1e6 / SourceTermConstants.ATMOSPHERIC_PA;
        if (MultiEnergyCurves.scaledOverpressure(strength, MIN_SCALED_DISTANCE) < target) {
            return new BlastResult(0, false, warnings(Double.NaN));
        }
        double lo = MIN_SCALED_DISTANCE;
        double hi = MAX_SCALED_DISTANCE;
        if (MultiEnergyCurves.scaledOverpressure(strength, hi) >= target) {
            return new BlastResult(hi * lengthM, true, warnings(hi));
        }
        for (int k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
            double mid = Math.sqrt(lo * hi);
            if (MultiEnergyCurves.scaledOverpressure(strength, mid) >= target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double rbar = Math.sqrt(lo * hi);
        return new BlastResult(rbar * lengthM, false, warnings(rbar));
    }

    /**
     * MULTI_ENERGY_CURVES always; OUTSIDE_VALIDITY beyond the detonation curve's fit (R̄ where Z
     * exceeds {@link KingeryBulmash#MAX_Z}).
     */
    private static List<Warning> warnings(double rbar) {
        List<Warning> out = new ArrayList<>();
        out.add(Warning.of(WarningCode.MULTI_ENERGY_CURVES));
        if (rbar > 0 && MultiEnergyCurves.tntScaledDistance(rbar) > KingeryBulmash.MAX_Z) {
            out.add(
                    Warning.of(
                            WarningCode.OUTSIDE_VALIDITY,
                            "R̄ = " + Math.round(rbar * 10) / 10.0 + " beyond the charts"));
        }
        return List.copyOf(out);
    }
}
