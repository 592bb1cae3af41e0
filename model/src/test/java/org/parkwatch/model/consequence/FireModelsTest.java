package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class FireModelsTest {

    @Test
    void mudanCroceSepRunsFromTheClearFlameToTheSmokyOne() {
        // E = 140·e^(−0.12 D) + 20·(1 − e^(−0.12 D)) kW/m² (Mudan & Croce 1988): 140 for a small
        // pool, 20 for a big one
        Tolerance.close(
                140_000 * Math.exp(-1.2) + 20_000 * (1 - Math.exp(-1.2)),
                new SolidFlamePoolFire(10, 0.055, 1.2, 3.0, 2).surfaceEmissivePowerWPerM2(),
                1e-12);
        assertEquals(
                20_000,
                new SolidFlamePoolFire(100, 0.055, 1.2, 3.0, 2).surfaceEmissivePowerWPerM2(),
                1);
    }

    @Test
    void thomasFlameHeightAndAgaTilt() {
        // gasoline-like pool, D = 20 m, m″ = 0.055 kg/m²·s, ρa = 1.2, ρv = 3.0, u = 5 m/s
        SolidFlamePoolFire f = new SolidFlamePoolFire(20, 0.055, 1.2, 3.0, 5);
        double uStar = 5 / Math.cbrt(9.8 * 0.055 * 20 / 3.0);
        Tolerance.close(uStar, f.scaledWind(), 1e-12);
        double group = 0.055 / (1.2 * Math.sqrt(9.8 * 20));
        Tolerance.close(
                20 * 55 * Math.pow(group, 0.67) * Math.pow(uStar, -0.21), f.flameHeightM(), 1e-12);
        Tolerance.close(Math.toDegrees(Math.acos(1 / Math.sqrt(uStar))), f.tiltDeg(), 1e-12);
        assertEquals(0.0, new SolidFlamePoolFire(20, 0.055, 1.2, 3.0, 0).tiltDeg(), 0.0);
    }

    @Test
    void viewFactorTendsToTheProjectedAreaFarAwayAndGrowsNear() {
        SolidFlamePoolFire f = new SolidFlamePoolFire(10, 0.055, 1.2, 3.0, 2);
        double l = f.flameHeightM();
        // far away the cylinder looks like its D × L silhouette: F → D·L/(π·x²)
        double x = 2000;
        assertEquals(1.0, f.viewFactorVertical(x) * Math.PI * x * x / (10 * l), 2e-3);
        assertTrue(f.viewFactorVertical(6) > f.viewFactorVertical(20));
        assertTrue(
                f.viewFactorVertical(5.01) <= 0.5 + 1e-3,
                "a plane at the flame surface sees at most half");
        // the flux never exceeds the SEP and the distance for a flux inverts it
        double d = f.distanceForFluxM(4000, 0.5, 293.15);
        Tolerance.close(4000, f.fluxWPerM2(d, 0.5, 293.15), 1e-6);
        assertTrue(f.fluxWPerM2(5.01, 0.5, 293.15) <= f.surfaceEmissivePowerWPerM2());
    }

    @Test
    void transmissivityOfHumidAir() {
        // τ = 2.02·(Pw·x)^−0.09, Pw = RH·exp(23.18986 − 3816.42/(T − 46.13)) (CCPS 1999 §2.2)
        double pw = 0.5 * Math.exp(23.18986 - 3816.42 / (293.15 - 46.13));
        Tolerance.close(
                2.02 * Math.pow(pw * 100, -0.09),
                AtmosphericTransmissivity.of(100, 0.5, 293.15),
                1e-12);
        // water saturation at 20 °C is 2.339 kPa (steam tables); the fit's Antoine form is within 2
        // %
        assertEquals(2339, AtmosphericTransmissivity.waterSaturationPa(293.15), 0.02 * 2339);
    }

    @Test
    void fireballWithAUserSep() {
        Fireball ball = new Fireball(10_000);
        double sep = 350_000;
        double x = 300;
        Tolerance.close(0.8 * sep * ball.viewFactor(x), ball.fluxWithSepWPerM2(x, sep, 0.8), 1e-12);
        Tolerance.close(
                x,
                ball.distanceForFluxWithSepM(ball.fluxWithSepWPerM2(x, sep, 0.8), sep, 0.8),
                1e-9);
    }

    @Test
    void confidenceLinesWidenAsTheAtmosphereIsLessStableAndBecomeACircleInCalm() {
        GeometryFactory gf = new GeometryFactory();
        ConfidenceLines.Result d = ConfidenceLines.of(gf, StabilityClass.D, 3, 270, 1000, 0, 0);
        Tolerance.close(1.96 * 10, d.halfAngleDeg(), 1e-12);
        assertEquals(2, d.lines().size());
        // wind from the west: the wedge opens to the east
        assertTrue(d.area().getEnvelopeInternal().getMinX() >= -1e-9);
        assertTrue(
                ConfidenceLines.halfAngleDeg(StabilityClass.B, 3)
                        > ConfidenceLines.halfAngleDeg(StabilityClass.F, 3));
        ConfidenceLines.Result calm =
                ConfidenceLines.of(gf, StabilityClass.F, 0.5, 270, 1000, 0, 0);
        assertEquals(180, calm.halfAngleDeg(), 0.0);
        assertEquals("LOW_WIND_MEANDER", calm.warnings().get(0).code());
    }
}
