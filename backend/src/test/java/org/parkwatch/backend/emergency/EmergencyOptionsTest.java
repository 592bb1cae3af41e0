package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.platform.config.ConfigException;

class EmergencyOptionsTest {
    @Test
    void defaultsAreFortyAndFourKmPerHour() {
        EmergencyOptions o = EmergencyOptions.from(k -> null);
        assertEquals(40, o.drivingKmPerH());
        assertEquals(4, o.walkingKmPerH());
    }

    @Test
    void everyBadSpeedIsNamedWithItsKeyAndValue() {
        Map<String, String> bad =
                Map.of("emergency.drivingKmPerH", "fast", "emergency.walkingKmPerH", "-1");
        ConfigException e =
                assertThrows(ConfigException.class, () -> EmergencyOptions.from(bad::get));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("emergency.drivingKmPerH='fast'"));
        assertTrue(e.problems().get(1).startsWith("emergency.walkingKmPerH='-1'"));
    }

    @Test
    void straightLineEstimateSaysItIsOne() {
        TravelTimes.TravelEstimate e =
                new StraightLineTravelTimes(36, 4)
                        .estimate(113.94, 35.25, 113.95, 35.25, TravelTimes.Mode.DRIVING)
                        .orElseThrow();
        // 0.01° of longitude at 35.25° N ≈ 908.6 m; × 1.4 = 1272 m at 10 m/s
        assertEquals(908.6 * 1.4, e.distanceM(), 1.0);
        assertEquals(e.distanceM() / 10.0, e.seconds(), 1e-9);
        assertTrue(!e.roadNetwork() && e.basisEn().startsWith("estimate"), e.basisEn());
    }
}
