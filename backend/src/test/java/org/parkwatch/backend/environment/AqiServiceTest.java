package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiLevel;
import org.parkwatch.model.park.ParkCatalog;

/** The real-time AQI of the demo park's four boundary stations from given tag values. */
class AqiServiceTest {

    private static final AirNetwork NETWORK = new AirNetwork(ParkCatalog.loadDemo());

    @Test
    void stationAndParkAqiFromCurrentValues() {
        // AQ1: PM2.5 98 → 50/40·23 + 100 = 128.75 → 129; SO2 1 h 100 → 33.3 → 34; O3 1 h 150 → 46.9
        // → 47.
        // AQ2: PM2.5 35 → 50. Park: PM2.5 mean 66.5 → 50/40·31.5 + 50 = 89.4 → 90 (HJ 633-2012
        // Table 1, eq. 1).
        Map<String, Double> values =
                Map.of(
                        "PARK.AQ1.PM25",
                        98.0,
                        "PARK.AQ1.SO2",
                        100.0,
                        "PARK.AQ1.O3",
                        150.0,
                        "PARK.AQ2.PM25",
                        35.0);
        AqiService.ParkAqi a =
                new AqiService(NETWORK).now(tag -> values.getOrDefault(tag, Double.NaN), 1000L);
        assertEquals(8, a.stations().size());
        AqiService.StationAqi aq1 = station(a, "PARK-AQ1");
        assertEquals(129, aq1.result().aqi());
        assertEquals(AqiLevel.III, aq1.result().level());
        assertEquals(List.of(AqiItem.PM2_5_1H), aq1.result().primary());
        assertEquals(50, station(a, "PARK-AQ2").result().aqi());
        assertNull(station(a, "PARK-AQ3").result(), "a station without usable values has no AQI");
        assertEquals(
                90,
                a.park().subIndices().stream()
                        .filter(s -> s.item() == AqiItem.PM2_5_1H)
                        .findFirst()
                        .orElseThrow()
                        .iaqi());
        assertEquals(
                List.of("LIVE_VALUE_AS_HOURLY_MEAN"),
                a.warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void noValuesNoParkAqi() {
        AqiService.ParkAqi a = new AqiService(NETWORK).now(tag -> Double.NaN, 0L);
        assertNull(a.park());
    }

    private static AqiService.StationAqi station(AqiService.ParkAqi a, String featureId) {
        return a.stations().stream()
                .filter(s -> s.station().featureId().equals(featureId))
                .findFirst()
                .orElseThrow();
    }
}
