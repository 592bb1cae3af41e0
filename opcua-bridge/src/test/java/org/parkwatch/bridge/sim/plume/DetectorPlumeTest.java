package org.parkwatch.bridge.sim.plume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkwatch.model.consequence.StabilityClass;

class DetectorPlumeTest {

    @Test
    void pointSourceDetectorDownwindSeesTheCentrelineValue() {
        // wind from the north (0°) carries the plume south; a detector 1000 m south of a point
        // source is
        // test vector P1 (docs/domain/test-vectors.md §Gaussian plume): Q 1 kg/s, u 5 m/s, D rural,
        // x 1000 m →
        // 2.19941e-5 kg/m³
        double c = DetectorPlume.atDetectorKgM3(1, 5, 0, StabilityClass.D, 0, 0, 0, -1000);
        assertEquals(2.19941e-5, c, 2.19941e-5 * 1e-4);
    }

    @Test
    void crosswindOffsetFollowsTheWindDirection() {
        // wind from the east (90°): downwind is west; 1000 m west and 50 m north is P2's receptor →
        // 1.77419e-5
        double c = DetectorPlume.atDetectorKgM3(1, 5, 90, StabilityClass.D, 0, 0, -1000, 50);
        assertEquals(1.77419e-5, c, 1.77419e-5 * 1e-4);
    }

    @Test
    void upwindDetectorsSeeNothing() {
        assertEquals(
                0.0, DetectorPlume.atDetectorKgM3(2, 3, 270, StabilityClass.D, 16, 15, -30, 0));
        assertTrue(DetectorPlume.atDetectorKgM3(2, 3, 270, StabilityClass.D, 16, 15, 30, 0) > 0);
    }

    @Test
    void sourceSizeSpreadsThePlumeNearTheTank() {
        // 10 m downwind of a 12 m sphere in class F: a point source gives σy 0.4 m, the sphere σy0
        // = 12/4.3 = 2.8 m,
        // so a detector 5 m off the axis sees something only with the source size
        double point = DetectorPlume.atDetectorKgM3(1, 2, 270, StabilityClass.F, 0, 0, 10, 5);
        double sphere = DetectorPlume.atDetectorKgM3(1, 2, 270, StabilityClass.F, 12, 12, 10, 5);
        assertTrue(point < 1e-30, "point source off-axis " + point);
        // σy = √(0.4² + 2.79²) = 2.82, σz = √(0.16² + 5.58²) = 5.58: C =
        // 1/(π·2·2.82·5.58)·exp(−25/(2·2.82²))
        assertEquals(
                1 / (Math.PI * 2 * 2.8195 * 5.5837) * Math.exp(-25 / (2 * 2.8195 * 2.8195)),
                sphere,
                sphere * 0.01);
    }

    @Test
    void convertsKgPerCubicMetreToPpmAndPercentLel() {
        // 1 g/m³ of chlorine (70.90 g/mol) at 25 °C: 24.45e6 · 1e-3 / 70.90 = 344.85 ppm
        assertEquals(344.85, DetectorPlume.kgM3ToPpm(1e-3, 70.90), 0.01);
        // 10 500 ppm methanol with LEL 6.0 % is 17.5 %LEL
        assertEquals(17.5, DetectorPlume.ppmToPercentLel(10_500, 6.0), 1e-9);
    }

    @Test
    void stabilityFollowsWindAndSun() {
        assertEquals(
                StabilityClass.A,
                DetectorPlume.stabilityFromWeather(1.5, 800, 2)); // strong sun, light wind
        assertEquals(
                StabilityClass.C, DetectorPlume.stabilityFromWeather(3.5, 450, 2)); // split B–C → C
        assertEquals(StabilityClass.D, DetectorPlume.stabilityFromWeather(5.5, 200, 2));
        assertEquals(
                StabilityClass.F, DetectorPlume.stabilityFromWeather(1.5, 0, 1)); // clear night
        assertEquals(StabilityClass.D, DetectorPlume.stabilityFromWeather(1.5, 0, 8)); // overcast
    }
}
