package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Time-varying and flashing sources. */
class SourceTermModelsTest {

    @Test
    void regulatedTankDrainsInTheClosedFormTime() {
        // Crowl & Louvar, Chemical Process Safety, §4: t = A_t/(Cd·A·g)·[√(2(Pg/ρ + g·h0)) −
        // √(2Pg/ρ)]
        // benzene tank 8 ft (2.438 m) across, 12 ft (3.658 m) above a 1 in (25.4 mm) hole, 1 atm
        // gauge pad
        double area = Math.PI * 2.438 * 2.438 / 4;
        TankDrain tank = new TankDrain(area, 0.0254, 0.61, 879.4, 3.658, 101_325, Double.NaN);
        double a = Math.PI * 0.0254 * 0.0254 / 4;
        double closed =
                area
                        / (0.61 * a * 9.80665)
                        * (Math.sqrt(2 * (101_325 / 879.4 + 9.80665 * 3.658))
                                - Math.sqrt(2 * 101_325 / 879.4));
        Tolerance.close(closed, tank.regulatedDrainTimeS(), 1e-12);
        List<TankDrain.Sample> s = tank.simulate(1e6);
        TankDrain.Sample last = s.get(s.size() - 1);
        assertEquals(0.0, last.headAboveHoleM(), 1e-9);
        // the integration reaches the hole when the closed form says (within one step of 1/4000 of
        // 1.5 t)
        assertEquals(closed, last.timeS(), 1.5 * closed / TankDrain.STEPS + 1e-6);
        // every kilogram above the hole comes out; the rate falls with the level
        Tolerance.close(area * 3.658 * 879.4, last.releasedKg(), 1e-6);
        assertTrue(s.get(0).massRateKgPerS() > s.get(s.size() / 2).massRateKgPerS());
    }

    @Test
    void closedHeadSpaceLosesPressureAndStopsBeforeTheHole() {
        // an unvented tank: the head space expands, pulls a vacuum and the flow stops with liquid
        // above the hole
        TankDrain tank = new TankDrain(10, 0.05, 0.61, 1000, 5, 0, 2.0);
        List<TankDrain.Sample> s = tank.simulate(1e6);
        TankDrain.Sample last = s.get(s.size() - 1);
        assertTrue(last.gaugePressurePa() < 0, "vacuum: " + last.gaugePressurePa());
        assertTrue(last.headAboveHoleM() > 0, "stops with liquid left: " + last.headAboveHoleM());
        // at the stop the vacuum balances the head: Pg + ρgh ≈ 0
        assertEquals(
                0,
                last.gaugePressurePa() + 1000 * 9.80665 * last.headAboveHoleM(),
                0.01 * 1000 * 9.80665 * 5);
    }

    @Test
    void aboutOneFifthOfChlorineAndAmmoniaFlashesAndAThirdOfPropane() {
        // f = Cp·(T − Tb)/Hv at 20 °C; the common rule (CCPS 1999 §2.1.2; HSE) is about 20 % for
        // Cl2/NH3, a third for
        // propane. Properties [U]: Cl2 Cp 950, Tb 239.1 K, Hv 288 kJ/kg; NH3 4700, 239.8 K, 1370
        // kJ/kg; propane 2500,
        // 231.1 K, 426 kJ/kg
        FlashingRelease cl2 = new FlashingRelease(950, 239.1, 288e3, 0.0709, 1410, 293.15);
        FlashingRelease nh3 = new FlashingRelease(4700, 239.8, 1370e3, 0.017, 610, 293.15);
        FlashingRelease c3 = new FlashingRelease(2500, 231.1, 426e3, 0.0441, 500, 293.15);
        Tolerance.close(950 * (293.15 - 239.1) / 288e3, cl2.flashFraction(), 1e-12);
        assertEquals(0.18, cl2.flashFraction(), 0.03);
        assertEquals(0.18, nh3.flashFraction(), 0.03);
        assertEquals(0.36, c3.flashFraction(), 0.04);
        // aerosol carried equals the flash: airborne 2f, the rest rains out
        Tolerance.close(2 * cl2.flashFraction(), cl2.airborneFraction(), 1e-12);
        Tolerance.close(1 - 2 * cl2.flashFraction(), cl2.rainOutFraction(), 1e-12);
        Tolerance.close(Math.min(1, 2 * c3.flashFraction()), c3.airborneFraction(), 1e-12);
        // superheated far above the boiling point everything stays airborne
        assertEquals(
                1.0,
                new FlashingRelease(2500, 231.1, 426e3, 0.0441, 500, 330).airborneFraction(),
                0.0);
    }

    @Test
    void chlorineVapourPressureAndTwoPhaseFlux() {
        // Clausius–Clapeyron from Tb: chlorine at 20 °C is about 6.7 bar (handbook 6.8 bar)
        FlashingRelease cl2 = new FlashingRelease(950, 239.1, 288e3, 0.0709, 1410, 293.15);
        assertEquals(6.8e5, cl2.vapourPressurePa(), 0.5e5);
        // ERM: G = Hv/v_fg/√(Cp·T); a saturated liquid gives exactly the ERM flux through the hole
        double g = 288e3 / cl2.specificVolumeChangeM3PerKg() / Math.sqrt(950 * 293.15);
        Tolerance.close(g, cl2.equilibriumMassFluxKgPerM2S(), 1e-12);
        Tolerance.close(
                0.61 * 1e-4 * g, cl2.massRateKgPerS(1e-4, 0.61, cl2.vapourPressurePa()), 1e-12);
        // padding above the vapour pressure adds the liquid (Bernoulli) term
        assertTrue(cl2.massRateKgPerS(1e-4, 0.61, cl2.vapourPressurePa() + 5e5) > 0.61 * 1e-4 * g);
    }

    @Test
    void poolSpreadsToTheDikeAndEvaporatesAllItHolds() {
        // 10 t of benzene (Psat 12.7 kPa at 25 °C [U], M 0.0781) in a 400 m² dike, 3 m/s wind
        PoolEvaporation.Result r =
                PoolEvaporation.simulate(
                        10_000, 0, 0, 876, 400, 3, 12_700, 0.078112, 298.15, 353.25, 200_000);
        double dikeRadius = Math.sqrt(400 / Math.PI);
        PoolEvaporation.Sample last = r.samples().get(r.samples().size() - 1);
        assertTrue(r.samples().stream().allMatch(s -> s.radiusM() <= dikeRadius + 1e-9));
        // the steady rate over the full dike: Mackay–Matsugu k·A·Psat·M/(R·T)
        double full =
                LiquidPool.evaporationRateKgPerS(dikeRadius, 3, 12_700, 0.078112, 298.15, 0.8);
        Tolerance.close(full, r.peakRateKgPerS(), 1e-9);
        // mass balance: pool plus evaporated is what was spilled
        Tolerance.close(10_000, last.poolKg() + last.evaporatedKg(), 1e-9);
        assertTrue(r.warnings().isEmpty());
        // a liquefied gas pool boils: flagged
        assertEquals(
                "OUTSIDE_VALIDITY",
                PoolEvaporation.simulate(
                                1000, 0, 0, 1410, 100, 3, 6.7e5, 0.0709, 293.15, 239.1, 600)
                        .warnings()
                        .get(0)
                        .code());
    }
}
