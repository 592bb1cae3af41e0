package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussianPlumeTest {

    private static void close(double expected, double actual, double rel) {
        assertEquals(
                expected,
                actual,
                Math.abs(expected) * rel,
                () -> "expected " + expected + " got " + actual);
    }

    private static GaussianPlume plume(
            double q, double u, double h, StabilityClass s, Terrain t, SigmaModel m) {
        return GaussianPlume.of(q, u, h, s, t, m);
    }

    @Test
    void p1RuralDGroundCentreline() {
        GaussianPlume p = plume(1, 5, 0, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);
        close(76.277, p.sigmaYM(1000), 1e-4);
        close(37.947, p.sigmaZM(1000), 1e-4);
        close(2.19941e-5, p.concentrationKgPerM3(1000, 0, 0), 1e-4);
    }

    @Test
    void p2CrosswindOffset() {
        GaussianPlume p = plume(1, 5, 0, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);
        close(1.77419e-5, p.concentrationKgPerM3(1000, 50, 0), 1e-4);
    }

    @Test
    void p3ElevatedRelease() {
        GaussianPlume p = plume(1, 3, 20, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);
        close(39.036, p.sigmaYM(500), 1e-4);
        close(22.678, p.sigmaZM(500), 1e-4);
        close(8.12398e-5, p.concentrationKgPerM3(500, 0, 0), 1e-4);
    }

    @Test
    void p4UrbanDUsesCorrectedCoefficient() {
        GaussianPlume p = plume(1, 3, 0, StabilityClass.D, Terrain.URBAN, SigmaModel.BRIGGS);
        close(73.030, p.sigmaYM(500), 1e-4);
        close(65.275, p.sigmaZM(500), 1e-4);
        close(2.22577e-5, p.concentrationKgPerM3(500, 0, 0), 1e-4);
    }

    @Test
    void urbanDAt2000mHandComputedWith0p0003() {
        // σz = 0.14·2000·(1 + 0.0003·2000)^−½ = 280 / √1.6 = 221.3594 (0.003 would give 105.83)
        close(221.3594, BriggsCoefficients.of(StabilityClass.D, Terrain.URBAN).sigmaZM(2000), 1e-5);
    }

    @Test
    void powerLawSigmasHandComputed() {
        // class D, x = 1000: σy = 0.136·1000^0.9 = 0.136·501.187 = 68.1614
        // σz = 0.04134·1000^1.1737·exp(−0.0316·(ln 1000)²) = 0.04134·3319.64·exp(−1.50786) =
        // 30.3819
        PowerLawCoefficients d = PowerLawCoefficients.of(StabilityClass.D);
        close(0.136 * Math.pow(1000, 0.9), d.sigmaYM(1000), 1e-12);
        close(68.1614, d.sigmaYM(1000), 1e-5);
        double ln = Math.log(1000);
        close(
                0.04134 * Math.pow(1000, 1.1737) * Math.exp(-0.0316 * ln * ln),
                d.sigmaZM(1000),
                1e-12);
        close(30.3819, d.sigmaZM(1000), 1e-4);
    }

    @Test
    void ruralFSigmaZUsesInverseCorrection() {
        // 0.016·1000/(1 + 0.3) = 12.3077
        close(
                12.307692,
                BriggsCoefficients.of(StabilityClass.F, Terrain.RURAL).sigmaZM(1000),
                1e-6);
    }

    @Test
    void symmetricInY() {
        GaussianPlume p = plume(2, 4, 10, StabilityClass.C, Terrain.RURAL, SigmaModel.POWER_LAW);
        for (double y : new double[] {1, 17, 80}) {
            assertEquals(
                    p.concentrationKgPerM3(700, y, 1.5), p.concentrationKgPerM3(700, -y, 1.5), 0.0);
        }
    }

    @Test
    void centrelineFallsBeyondItsMaximum() {
        for (SigmaModel m : SigmaModel.values()) {
            for (StabilityClass s : StabilityClass.values()) {
                GaussianPlume p = plume(1, 3, 30, s, Terrain.RURAL, m);
                double xMax = 10;
                double cMax = 0;
                for (double x = 10; x < 20_000; x *= 1.05) {
                    double c = p.centrelineKgPerM3(x);
                    if (c > cMax) {
                        cMax = c;
                        xMax = x;
                    }
                }
                double prev = Double.MAX_VALUE;
                for (double x = xMax; x < 20_000; x *= 1.05) {
                    double c = p.centrelineKgPerM3(x);
                    assertTrue(c <= prev, m + " " + s + " rises at x=" + x);
                    prev = c;
                }
                assertTrue(cMax > 0);
            }
        }
    }

    @Test
    void halfWidthMatchesThresholdCrossing() {
        GaussianPlume p = plume(1, 5, 0, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);
        double threshold = 1e-5;
        double w = p.halfWidthM(1000, threshold);
        close(threshold, p.concentrationKgPerM3(1000, w, 0), 1e-9);
        assertEquals(0.0, p.halfWidthM(1000, 1e-3));
    }

    @Test
    void warnsLowWindNearFieldAndStableLongRange() {
        GaussianPlume p = plume(1, 0.5, 0, StabilityClass.F, Terrain.RURAL, SigmaModel.BRIGGS);
        var codes = p.warnings(50).stream().map(Warning::code).toList();
        assertTrue(codes.contains("LOW_WIND") && codes.contains("NEAR_FIELD"), codes.toString());
        var far = p.warnings(3000).stream().map(Warning::code).toList();
        assertTrue(
                far.contains("STABLE_LONG_RANGE") && !far.contains("NEAR_FIELD"), far.toString());
    }
}
