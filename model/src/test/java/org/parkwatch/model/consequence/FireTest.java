package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FireTest {

    @Test
    void f1BenzeneBurningRateBelowBoilingPoint() {
        double m = BurningRate.kgPerM2S(40.1e6, 1740, 353.25, 298.15, 394e3);
        assertEquals(0.0819, m, 0.0819 * 1e-3); // row printed to 3 significant figures
        Tolerance.close(40100.0 / (1740 * 55.1 + 394e3), m, 1e-9);
    }

    @Test
    void burningRateAtBoilingUsesVaporisationOnly() {
        Tolerance.close(
                0.001 * 46e6 / 426e3, BurningRate.kgPerM2S(46e6, 2200, 231, 298, 426e3), 1e-12);
    }

    @Test
    void f2f3Fireballs() {
        Fireball small = new Fireball(10_000);
        Tolerance.close(124.96, small.diameterM(), 1e-4);
        Tolerance.close(9.69, small.durationS(), 1e-3); // printed to 3 significant figures
        Tolerance.close(93.7, small.heightM(), 1e-3);
        Fireball large = new Fireball(50_000);
        Tolerance.close(213.7, large.diameterM(), 1e-3);
        Tolerance.close(15.78, large.durationS(), 1e-3);
    }

    @Test
    void fireballFluxAndInverse() {
        Fireball f = new Fireball(10_000);
        // E = 0.3·1e4·46e6/(π·124.96²·9.695) = 291.9 kW/m²
        double d = f.diameterM();
        double e = 0.3 * 1e4 * 46e6 / (Math.PI * d * d * f.durationS());
        Tolerance.close(e, f.surfaceEmissivePowerWPerM2(46e6, 0.3), 1e-12);
        double x = 300;
        double flux = f.fluxWPerM2(x, 46e6, 0.3, 1.0);
        double slant2 = f.heightM() * f.heightM() + x * x;
        Tolerance.close(e * d * d / 4 / slant2, flux, 1e-12);
        Tolerance.close(x, f.distanceForFluxM(flux, 46e6, 0.3, 1.0), 1e-9);
        Tolerance.close(
                0.27 * Math.pow(1.5, 0.32), Fireball.radiativeFractionForPressure(1.5), 1e-12);
    }

    @Test
    void poolFireHandComputed() {
        // r = 5 m, m″ = 0.08186, Hc = 40.1e6, ρ0 = 1.2, η = 0.24 → L = 21.194 m, Q = 3.4417e7 W,
        // I(50 m) = 1095.5 W/m²
        PoolFire fire = new PoolFire(5, 0.08186, 40.1e6, 1.2, 0.24, 1.0);
        Tolerance.close(21.194138, fire.flameHeightM(), 1e-6);
        Tolerance.close(3.4417212e7, fire.totalPowerW(), 1e-6);
        Tolerance.close(1095.53389, fire.fluxWPerM2(50), 1e-6);
    }

    @Test
    void distanceOfFluxRoundTrips() {
        PoolFire fire = new PoolFire(8, 0.06, 44e6, 1.18, 0.3, 0.9);
        for (double d : new double[] {12, 40, 150}) {
            Tolerance.close(d, fire.distanceForFluxM(fire.fluxWPerM2(d)), 1e-12);
        }
        JetFire jet = new JetFire(2.0, 50e6, 0.35, 1.0);
        Tolerance.close(3.5e7, jet.totalPowerW(), 1e-12);
        Tolerance.close(25, jet.distanceForFluxM(jet.fluxWPerM2(25)), 1e-12);
        assertTrue(jet.fluxWPerM2(10) > jet.fluxWPerM2(20));
    }
}
