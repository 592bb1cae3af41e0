package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.LimitCheck;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The daily report of the demo park's north station from 1-minute history of one local day
 * (Asia/Shanghai).
 */
class DailyServiceTest {

    private static final AirNetwork NETWORK = new AirNetwork(ParkCatalog.loadDemo());

    @Test
    void dailyMeansValidityAqiAndLimitChecks() throws Exception {
        // PARK.AQ1: PM2.5 98 all day; SO2 40 but only 19 hours recorded (GB 3095-2012 Table 4 needs
        // 20);
        // O3 60 with 300 from 12:00 to 16:00. By hand (HJ 633-2012 Table 1, eq. 1): PM2.5 24 h 98 →
        // 129;
        // O3 1 h max 300 → 150; O3 8 h max (4·300 + 4·60)/8 = 180 → 50/55·20 + 100 = 118.2 → 119.
        // AQI 150, primary O3 1 h.
        Map<String, IntToDoubleFunction> series =
                Map.of(
                        "PARK.AQ1.PM25", minute -> 98.0,
                        "PARK.AQ1.SO2", minute -> minute < 19 * 60 ? 40.0 : Double.NaN,
                        "PARK.AQ1.O3",
                                minute -> minute >= 12 * 60 && minute < 16 * 60 ? 300.0 : 60.0);
        DailyService service =
                new DailyService(
                        NETWORK,
                        (tag, from, to, buckets) -> trend(series, tag, from, to, buckets),
                        EnvironmentLimits.bundled(),
                        ZoneId.of("Asia/Shanghai"));

        DailyService.StationDay aq1 =
                service.day(LocalDate.of(2026, 12, 5)).stream()
                        .filter(d -> d.station().featureId().equals("PARK-AQ1"))
                        .findFirst()
                        .orElseThrow();

        assertEquals(150, aq1.aqi().aqi());
        assertEquals(List.of(AqiItem.O3_1H), aq1.aqi().primary());
        assertEquals(
                List.of(129, 150, 119),
                List.of(
                        iaqi(aq1, AqiItem.PM2_5_24H),
                        iaqi(aq1, AqiItem.O3_1H),
                        iaqi(aq1, AqiItem.O3_8H)));
        assertTrue(
                aq1.aqi().subIndices().stream().noneMatch(s -> s.item() == AqiItem.SO2_24H),
                "19 valid hours: no SO2 daily mean, so no SO2 sub-index");
        DailyService.PollutantDay so2 =
                aq1.pollutants().stream()
                        .filter(p -> p.pollutant() == Pollutant.SO2)
                        .findFirst()
                        .orElseThrow();
        assertFalse(so2.dailyMean().valid());
        assertEquals(19, so2.validHours());

        LimitCheck so2Day = check(aq1, "amb-so2-24h");
        assertFalse(so2Day.judged(), "an invalid mean is not judged compliant");
        assertEquals("INSUFFICIENT_DATA", so2Day.warnings().get(0).code());
        assertTrue(check(aq1, "amb-pm25-24h").exceeded());
        assertEquals(98 / 75.0, check(aq1, "amb-pm25-24h").ratio(), 1e-9);
        assertEquals(180 / 160.0, check(aq1, "amb-o3-8h").ratio(), 1e-9);
        assertEquals(1.5, check(aq1, "amb-o3-1h").ratio(), 1e-9);
        assertFalse(check(aq1, "amb-so2-1h").exceeded());
    }

    private static int iaqi(DailyService.StationDay d, AqiItem item) {
        return d.aqi().subIndices().stream()
                .filter(s -> s.item() == item)
                .findFirst()
                .orElseThrow()
                .iaqi();
    }

    private static LimitCheck check(DailyService.StationDay d, String limitId) {
        return d.checks().stream()
                .filter(c -> c.limit().id().equals(limitId))
                .findFirst()
                .orElseThrow();
    }

    private static Trend trend(
            Map<String, IntToDoubleFunction> series, String tag, long from, long to, int buckets) {
        long bucketMs = (to - from) / buckets;
        List<Trend.Point> points = new ArrayList<>();
        IntToDoubleFunction f = series.get(tag);
        for (int i = 0; f != null && i < buckets; i++) {
            double v = f.applyAsDouble(i);
            if (!Double.isNaN(v)) {
                points.add(new Trend.Point(from + i * bucketMs, v, v, v, v, 1));
            }
        }
        return new Trend(tag, from, to, bucketMs, points);
    }
}
