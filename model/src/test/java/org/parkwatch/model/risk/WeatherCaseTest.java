package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeatherCaseTest {

    @Test
    void smoothingSpreadsEachSectorEvenlyAcrossItsWidth() {
        double[] rose = new double[16];
        rose[0] = 0.75;
        WeatherCase s = new WeatherCase("D5", 0.4, rose).smoothed(5);
        // the rose keeps its sectors; each is read at −9°, −4.5°, 0°, 4.5°, 9° about its centre
        assertEquals(16, s.directionProbabilities().length);
        double[] off = s.subdivisionOffsetsDeg();
        assertEquals(5, off.length);
        assertEquals(-9.0, off[0], 1e-12);
        assertEquals(4.5, off[3], 1e-12);
        assertEquals(0.0, new WeatherCase("D5", 0.4, rose).subdivisionOffsetsDeg()[0], 0.0);
        assertThrows(IllegalArgumentException.class, () -> s.smoothed(2));
    }

    @Test
    void smoothedGridEqualsTheMeanOfTheSubDirectionsAndHasNoPetals() {
        // a narrow plume of P = 1 within 3 m of its axis out to 1 km, wind from north only
        LethalityField narrow =
                new LethalityField() {
                    public double lethality(double x, double y) {
                        return x > 0 && x < 1000 && Math.abs(y) < 3 ? 1 : 0;
                    }

                    public double minDownwindM() {
                        return 0;
                    }

                    public double maxDownwindM() {
                        return 1000;
                    }

                    public double maxHalfWidthM() {
                        return 3;
                    }

                    public boolean isotropic() {
                        return false;
                    }
                };
        double[] rose = new double[16];
        rose[0] = 1.0;
        RiskOutcome o = new RiskOutcome("o", 0, 0, 1e-4, List.of(narrow));
        WeatherCase sharp = new WeatherCase("D", 1.0, rose);
        WeatherCase smooth = sharp.smoothed(5);
        // 800 m south, 4.5° off the sector centre (wind from north blows south): missed by the
        // sharp plume
        double e = 800 * Math.sin(Math.toRadians(4.5));
        double n = -800 * Math.cos(Math.toRadians(4.5));
        assertEquals(0.0, PointRisk.at(List.of(o), List.of(sharp), e, n), 0.0);
        assertEquals(1e-4 / 5, PointRisk.at(List.of(o), List.of(smooth), e, n), 1e-12);
        GridSpec grid = new GridSpec(-100, -1000, 2, 100, 500);
        RiskGridResult r =
                new IndividualRiskGrid(grid, 1).compute(List.of(o), List.of(smooth), null);
        int i = (int) Math.floor((e - grid.originEastM()) / 2);
        int j = (int) Math.floor((n - grid.originNorthM()) / 2);
        assertEquals(1e-4 / 5, r.irPerYear()[grid.index(i, j)], 0.5e-4 / 5);
    }
}
