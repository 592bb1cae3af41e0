package org.parkwatch.model.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GB 3095-2012 clause 8 (Table 4) validity rules and the averages they guard. */
class AveragingTest {

    @Test
    void hourlyMeanNeedsFortyFiveMinutes() {
        double[] minutes = new double[60];
        Arrays.fill(minutes, Double.NaN);
        for (int i = 0; i < 45; i++) {
            minutes[i] = i < 30 ? 10 : 40;
        }
        AveragedValue ok = Averaging.hourlyMean(minutes);
        assertTrue(ok.valid());
        assertEquals((30 * 10 + 15 * 40) / 45.0, ok.value(), 1e-12);
        minutes[44] = Double.NaN;
        AveragedValue short44 = Averaging.hourlyMean(minutes);
        assertFalse(short44.valid());
        assertEquals(44, short44.validCount());
        assertEquals("INSUFFICIENT_DATA", short44.warnings().get(0).code());
    }

    @Test
    void dailyMeanNeedsTwentyValidHours() {
        double[] hours = new double[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = h;
        }
        Arrays.fill(hours, 20, 24, Double.NaN);
        AveragedValue twenty = Averaging.dailyMean(hours);
        assertTrue(twenty.valid());
        assertEquals(9.5, twenty.value(), 1e-12); // mean of 0 … 19
        hours[19] = Double.NaN;
        AveragedValue nineteen = Averaging.dailyMean(hours);
        assertFalse(nineteen.valid());
        assertTrue(Double.isNaN(nineteen.value()));
    }

    @Test
    void eightHourMeanNeedsSixValidHours() {
        double[] hours = {100, 120, Double.NaN, 140, 160, Double.NaN, 180, 200, 0};
        AveragedValue w = Averaging.eightHourMean(hours, 0);
        assertTrue(w.valid());
        assertEquals((100 + 120 + 140 + 160 + 180 + 200) / 6.0, w.value(), 1e-12);
        hours[0] = Double.NaN;
        assertFalse(Averaging.eightHourMean(hours, 0).valid());
        assertTrue(Averaging.eightHourMean(hours, 1).valid(), "hours 1…8 hold 6 values");
    }

    @Test
    void dailyMaximumEightHourOverTheSeventeenWindows() {
        // A 12:00–15:00 peak of 300 over a base of 60: the best window holds the four peak hours:
        // (4·300 + 4·60)/8 = 180. Hours 17–23 never start a window; a larger value there is
        // ignored.
        double[] hours = new double[24];
        Arrays.fill(hours, 60);
        Arrays.fill(hours, 12, 16, 300);
        AveragedValue max = Averaging.dailyMaxEightHour(hours, 160);
        assertTrue(max.valid());
        assertEquals(17, max.validCount());
        assertEquals(180, max.value(), 1e-12);
    }

    @Test
    void dailyMaximumWithFewWindowsIsReportedOnlyWhenAboveTheLimit() {
        double[] hours = new double[24];
        Arrays.fill(hours, Double.NaN);
        Arrays.fill(
                hours, 0, 10, 200.0); // windows starting 0…4 have ≥ 6 valid hours: 5 valid windows
        AveragedValue above = Averaging.dailyMaxEightHour(hours, 160);
        assertTrue(above.valid());
        assertEquals(5, above.validCount());
        assertEquals(200, above.value(), 1e-12);
        AveragedValue below = Averaging.dailyMaxEightHour(hours, 250);
        assertFalse(below.valid());
    }

    @Test
    void limitCheckJudgesOnlyValidMeansAndGivesTheMultiple() {
        EnvLimit so2 =
                new EnvLimit(
                        "a",
                        Medium.AMBIENT,
                        Pollutant.SO2,
                        AveragingPeriod.HOUR_24,
                        Double.NaN,
                        150,
                        "μg/m³",
                        "GB 3095-2012",
                        "表1 二级",
                        EnvLimit.Status.P,
                        "");
        LimitCheck over = LimitCheck.of(so2, AveragedValue.of(225, 24, 20));
        assertTrue(over.exceeded());
        assertEquals(1.5, over.ratio(), 1e-12);
        LimitCheck noData = LimitCheck.of(so2, AveragedValue.insufficient(3, 20, "24-hour mean"));
        assertFalse(noData.judged());
        assertFalse(noData.exceeded());
        assertEquals(
                List.of("INSUFFICIENT_DATA"),
                noData.warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void phIsARange() {
        EnvLimit ph =
                new EnvLimit(
                        "w",
                        Medium.WASTEWATER,
                        Pollutant.PH,
                        AveragingPeriod.GRAB,
                        6,
                        9,
                        "pH",
                        "GB 8978-1996",
                        "表4",
                        EnvLimit.Status.P,
                        "");
        assertTrue(ph.exceededBy(5.5));
        assertFalse(ph.exceededBy(7));
        assertTrue(ph.exceededBy(9.2));
    }
}
