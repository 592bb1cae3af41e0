package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.risk.WeatherCase;

/**
 * The wind rose: sector counting from measured directions, the weather list of the grid, JSON round
 * trip.
 */
class WindRoseTest {

    @Test
    void directionsFallIntoSectorsCentredOnMultiplesOf22Point5() {
        WindRose r =
                WindRose.demo()
                        .withSectorsFrom(
                                new double[] {0, 11.2, 11.3, 355, -10, 180, 370, 348.7}, "t");
        double[] expected = new double[16];
        expected[0] = 5.0 / 8; // 0, 11.2, 355, -10 (= 350), 370 (= 10)
        expected[1] = 1.0 / 8; // 11.3
        expected[8] = 1.0 / 8; // 180
        expected[15] = 1.0 / 8; // 348.7
        assertArrayEquals(expected, r.sectors(), 1e-12);
        assertEquals("history", r.source());
    }

    @Test
    void weatherCasesCarryClassSharesAndTheRose() {
        List<WeatherCase> cases = WindRose.demo().weatherCases();
        assertEquals(6, cases.size());
        assertEquals("D5", cases.get(3).name());
        assertEquals(0.42, cases.get(3).probability(), 1e-12);
        assertEquals(0.10, cases.get(3).directionProbabilities()[2], 1e-12);
        assertEquals(1.0, cases.stream().mapToDouble(WeatherCase::probability).sum(), 1e-12);
    }

    @Test
    void jsonRoundTripKeepsTheRose() {
        WindRose demo = WindRose.demo();
        JsonObject json = WindRoseJson.toJson(demo);
        WindRose back = WindRoseJson.parse(json, "configured", "n");
        assertArrayEquals(demo.sectors(), back.sectors(), 0);
        assertEquals(demo.classes(), back.classes());
    }
}
