package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeatherCaseTest {

    @Test
    void smoothingSpreadsEachSectorEvenlyAcrossItsWidth() {
        double[] rose = new double[16];
        rose[0] = 0.75; // FROM north
        rose[8] = 0.25; // FROM south
        WeatherCase s = new WeatherCase("D5", 0.4, rose).smoothed(5);
        assertEquals(80, s.directionProbabilities().length);
        // sector 0 covers −9°, −4.5°, 0°, 4.5°, 9°: indices 78, 79, 0, 1, 2 at 4.5° spacing
        for (int i : new int[] {78, 79, 0, 1, 2}) {
            assertEquals(0.15, s.directionProbabilities()[i], 1e-15);
        }
        assertEquals(4.5, s.sectorFromDeg(1), 1e-12);
        assertEquals(351.0, s.sectorFromDeg(78), 1e-12);
        for (int i : new int[] {38, 39, 40, 41, 42}) {
            assertEquals(0.05, s.directionProbabilities()[i], 1e-15);
        }
        double sum = 0;
        for (double p : s.directionProbabilities()) {
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(0.4, s.probability(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> s.smoothed(2));
    }
}
