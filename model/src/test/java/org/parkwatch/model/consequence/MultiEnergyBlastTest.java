package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * TNO multi-energy method ({@link MultiEnergyBlast}, curves {@link MultiEnergyCurves}). No
 * published worked example with both inputs and outputs could be found through the search tools
 * available (Alonso et al. 2006 J. Hazard. Mater. A137 and the Yellow Book's example were not
 * readable), so these tests check the documented features of the TNO chart the construction rests
 * on, each from the formula, not from stored answers: the plateau at the strength's initial
 * overpressure (chart legend, Yellow Book fig. 5.7), the charge radius of a stoichiometric 3.5
 * MJ/m³ hemisphere, the acoustic 1/R decay, the detonation curve as the bound, and the Sachs
 * scaling.
 */
class MultiEnergyBlastTest {
    private static final double P0 = SourceTermConstants.ATMOSPHERIC_PA;

    @Test
    void nearTheChargeEveryStrengthIsFlatAtItsInitialOverpressure() {
        double[] legend = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10};
        for (int s = 1; s <= 7; s++) {
            assertEquals(
                    legend[s - 1], MultiEnergyCurves.scaledOverpressure(s, 0.1), 1e-12, "s " + s);
        }
    }

    @Test
    void chargeRadiusHoldsTheEnergyAtStoichiometricDensity() {
        MultiEnergyBlast b = new MultiEnergyBlast(1e10, 7);
        double r0 = b.chargeRadiusM();
        double volume = 2.0 / 3.0 * Math.PI * r0 * r0 * r0;
        assertEquals(1e10, volume * 3.5e6, 1e10 * 1e-9);
        assertEquals(Math.cbrt(1e10 / P0), b.scalingLengthM(), 1e-9);
    }

    @Test
    void weakBlastDecaysAcousticallyOutsideTheCharge() {
        double r0 = MultiEnergyCurves.CHARGE_SCALED_RADIUS;
        double p1 = MultiEnergyCurves.scaledOverpressure(3, 2 * r0);
        double p2 = MultiEnergyCurves.scaledOverpressure(3, 4 * r0);
        assertEquals(0.05 / 2, p1, 1e-12);
        assertEquals(2, p1 / p2, 1e-9, "1/R");
    }

    @Test
    void noStrengthExceedsTheDetonationCurveAndStrongerIsNeverWeaker() {
        for (double rbar = 0.05; rbar < 50; rbar *= 1.3) {
            double det = MultiEnergyCurves.detonationScaledOverpressure(rbar);
            double previous = 0;
            for (int s = 1; s <= 10; s++) {
                double p = MultiEnergyCurves.scaledOverpressure(s, rbar);
                assertTrue(p <= det + 1e-12, "s " + s + " R " + rbar);
                assertTrue(p >= previous, "s " + s + " R " + rbar);
                previous = p;
            }
        }
    }

    @Test
    void detonationCurveIsTheTntBlastOfEqualEnergy() {
        // 1000 kg TNT at 4.5 MJ/kg: at 100 m the Kingery–Bulmash surface burst gives ΔP
        double e = 1000 * 4.5e6;
        MultiEnergyBlast b = new MultiEnergyBlast(e, 10);
        double expected = KingeryBulmash.overpressureMpa(100, 1000).value();
        assertEquals(expected, b.overpressureMpa(100).value(), expected * 1e-9);
    }

    @Test
    void distanceInvertsOverpressureAndScalesAsTheCubeRootOfEnergy() {
        MultiEnergyBlast b = MultiEnergyBlast.ofFuel(1000, 46.3e6, 7);
        double d = b.distanceM(0.01).value();
        assertEquals(0.01, b.overpressureMpa(d).value(), 1e-8);
        MultiEnergyBlast big = MultiEnergyBlast.ofFuel(8000, 46.3e6, 7);
        assertEquals(2 * d, big.distanceM(0.01).value(), 2 * d * 1e-6);
        assertTrue(
                b.distanceM(0.01).warnings().stream()
                        .anyMatch(w -> w.code().equals("MULTI_ENERGY_CURVES")),
                "says the curves are an approximation");
    }

    @Test
    void openCloudNeverReachesAStrongLevelAndSaysDistanceZero() {
        // strength 3 starts at 0.05·P0 ≈ 5 kPa: the 0.01 MPa ring does not exist
        MultiEnergyBlast b = MultiEnergyBlast.ofFuel(1000, 46.3e6, 3);
        assertEquals(0, b.distanceM(0.01).value());
        assertTrue(b.distanceM(0.003).value() > 0);
    }

    @Test
    void strengthOutsideOneToTenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MultiEnergyBlast(1e9, 0));
        assertThrows(IllegalArgumentException.class, () -> new MultiEnergyBlast(1e9, 11));
    }
}
