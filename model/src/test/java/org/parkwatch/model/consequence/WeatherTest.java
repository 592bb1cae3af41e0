package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeatherTest {

    private final PasquillClassifier stable = new PasquillClassifier();
    private final PasquillClassifier unstable = new PasquillClassifier(false);

    @Test
    void tableCornersAndBandEdges() {
        assertEquals(StabilityClass.A, stable.classify(1.5, Insolation.DAY_STRONG));
        assertEquals(StabilityClass.F, stable.classify(1.5, Insolation.NIGHT_CLEAR));
        assertEquals(StabilityClass.E, stable.classify(2.0, Insolation.NIGHT_CLOUDY));
        assertEquals(StabilityClass.D, stable.classify(4.0, Insolation.NIGHT_CLOUDY));
        assertEquals(StabilityClass.C, stable.classify(6.0, Insolation.DAY_STRONG));
        assertEquals(StabilityClass.D, stable.classify(7.0, Insolation.NIGHT_CLEAR));
        assertEquals(StabilityClass.D, stable.classify(1.0, Insolation.OVERCAST));
    }

    @Test
    void splitClassesResolveToMoreStableUnlessConfigured() {
        assertEquals(StabilityClass.B, stable.classify(2.5, Insolation.DAY_STRONG));
        assertEquals(StabilityClass.A, unstable.classify(2.5, Insolation.DAY_STRONG));
        assertEquals(StabilityClass.C, stable.classify(4, Insolation.DAY_MODERATE));
        assertEquals(StabilityClass.D, stable.classify(5.5, Insolation.DAY_MODERATE));
        assertEquals(StabilityClass.C, unstable.classify(5.5, Insolation.DAY_MODERATE));
    }

    @Test
    void insolationFromSunAndCloud() {
        assertEquals(Insolation.DAY_STRONG, PasquillClassifier.insolation(65, 2));
        assertEquals(Insolation.DAY_MODERATE, PasquillClassifier.insolation(65, 6));
        assertEquals(Insolation.NIGHT_CLEAR, PasquillClassifier.insolation(-5, 3));
        assertEquals(Insolation.NIGHT_CLOUDY, PasquillClassifier.insolation(-5, 4));
        assertEquals(Insolation.OVERCAST, PasquillClassifier.insolation(30, 8));
        assertThrows(IllegalArgumentException.class, () -> PasquillClassifier.insolation(30, 9));
    }

    @Test
    void windProfilePowerLaw() {
        // u(50) = 4·5^0.15 = 4·1.27305 = 5.09220 (rural D)
        Tolerance.close(
                4 * Math.pow(5, 0.15),
                WindProfile.windSpeedAt(4, 50, StabilityClass.D, Terrain.RURAL),
                1e-12);
        Tolerance.close(
                5.09220, WindProfile.windSpeedAt(4, 50, StabilityClass.D, Terrain.RURAL), 1e-5);
        // urban F, 2 m: 3·0.2^0.6 = 3·0.380731 = 1.14219
        Tolerance.close(
                1.14219, WindProfile.windSpeedAt(3, 2, StabilityClass.F, Terrain.URBAN), 1e-4);
        assertEquals(4.0, WindProfile.windSpeedAt(4, 10, StabilityClass.A, Terrain.RURAL), 1e-12);
    }
}
