package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTermTest {

    @Test
    void liquidThroughHoleBernoulli() {
        // 10 mm hole, water-like 1000 kg/m³, 3 bar abs, 2 m head, Cd 0.65 → 1.06668 kg/s
        double q =
                LiquidRelease.massRateKgPerS(
                        LiquidRelease.circleAreaM2(0.01), 1000, 3e5, 101_325, 2, 0.65);
        Tolerance.close(1.0666783124, q, 1e-9);
        assertEquals(0.0, LiquidRelease.massRateKgPerS(1e-4, 1000, 101_325, 101_325, 0, 0.65));
    }

    @Test
    void gasChokedAndUnchoked() {
        // methane M 0.016, γ 1.31, 300 K, 1 cm² hole: critical ratio 0.54393
        Tolerance.close(0.5439270376, GasRelease.criticalPressureRatio(1.31), 1e-9);
        GasRelease.Result choked = GasRelease.massRate(1e-4, 1e6, 101_325, 300, 0.016, 1.31, 1.0);
        assertTrue(choked.choked());
        Tolerance.close(0.1694531158, choked.massRateKgPerS(), 1e-9);
        GasRelease.Result sub = GasRelease.massRate(1e-4, 1.5e5, 101_325, 300, 0.016, 1.31, 1.0);
        assertFalse(sub.choked());
        Tolerance.close(0.02437476457, sub.massRateKgPerS(), 1e-9);
    }

    @Test
    void poolSpreadsThenStopsAtDike() {
        Tolerance.close(17.7778892, LiquidPool.instantaneousRadiusM(10, 20, 0), 1e-7);
        Tolerance.close(
                Math.sqrt(400 / Math.PI), LiquidPool.instantaneousRadiusM(10, 600, 400), 1e-12);
        assertTrue(
                LiquidPool.continuousRadiusM(0.01, 10, 0)
                        < LiquidPool.continuousRadiusM(0.01, 20, 0));
    }

    @Test
    void mackayMatsuguEvaporation() {
        // benzene-like pool r 5 m, u 3 m/s, Psat 12.7 kPa, M 0.078, 298 K, Sc 0.8 → k 0.0101638
        // m/s, 0.31915 kg/s
        Tolerance.close(0.0101638204, LiquidPool.massTransferCoefficientMPerS(3, 5, 0.8), 1e-8);
        Tolerance.close(
                0.3191499183,
                LiquidPool.evaporationRateKgPerS(5, 3, 12_700, 0.078, 298, 0.8),
                1e-8);
    }

    @Test
    void puffPeakOnCentreAtGround() {
        // Q* 100 kg, u 2 m/s, D, x 500 m at t 250 s: σy 18.2475, σz 11.6244 → 3.28082e-3 kg/m³
        GaussianPuff puff = new GaussianPuff(100, 2, 0, StabilityClass.D);
        Tolerance.close(0.00328082165, puff.concentrationKgPerM3(500, 0, 0, 250), 1e-8);
        Tolerance.close(
                puff.concentrationKgPerM3(500, 0, 0, 250),
                puff.peakConcentrationKgPerM3(500, 0, 0),
                1e-12);
        assertTrue(
                puff.concentrationKgPerM3(500, 0, 0, 200)
                        < puff.concentrationKgPerM3(500, 0, 0, 250));
        assertEquals(
                puff.concentrationKgPerM3(480, 30, 0, 250),
                puff.concentrationKgPerM3(480, -30, 0, 250),
                0.0);
    }
}
