package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wind-change trigger of incident re-runs and the sun elevation behind the derived stability
 * class.
 */
class WindChangeAndSunTest {
    /** A run's inputs that used this wind (the rest does not matter to the trigger). */
    private static ZoneRunInputs ranWith(double fromDeg, double speedMPerS) {
        return new ZoneRunInputs(
                114.0,
                35.25,
                null,
                "7782-50-5",
                "given",
                1,
                Double.NaN,
                0,
                List.of("toxic"),
                null,
                fromDeg,
                speedMPerS,
                "live");
    }

    private static boolean changed(
            double runFrom, double runSpeed, double liveFrom, double liveSpeed) {
        return IncidentZones.windChanged(
                ranWith(runFrom, runSpeed),
                new LiveWeather.Reading(liveFrom, liveSpeed, null, null, 0, "PARK-WS1", List.of()));
    }

    @Test
    void aTurnOfMoreThanTwentyDegreesTriggersAcrossNorth() {
        assertFalse(changed(270, 3, 285, 3));
        assertTrue(changed(270, 3, 295, 3));
        assertFalse(changed(350, 3, 10, 3), "20° across north is not more than 20°");
        assertTrue(changed(355, 3, 20, 3), "25° across north");
    }

    @Test
    void aSpeedChangeOfMoreThanOneMetrePerSecondTriggers() {
        assertFalse(changed(90, 3, 90, 3.9));
        assertTrue(changed(90, 3, 90, 4.2));
        assertTrue(changed(90, 3, 90, 1.8));
    }

    @Test
    void staleLiveWindTriggersNothing() {
        assertFalse(
                IncidentZones.windChanged(
                        ranWith(0.0, 3.0),
                        new LiveWeather.Reading(
                                null, null, null, null, 0, "PARK-WS1", List.of("stale"))));
    }

    @Test
    void sunStandsAboutNinetyMinusLatitudeAtEquinoxNoonAndBelowTheHorizonAtMidnight() {
        // 2026-03-20 04:24 UTC is local solar noon at 113.95° E (12:00 − 113.95/15 h)
        long noon = Instant.parse("2026-03-20T04:24:00Z").toEpochMilli();
        assertEquals(90 - 35.25, SolarPosition.elevationDeg(35.25, 113.95, noon), 2.5);
        long midnight = Instant.parse("2026-03-20T16:24:00Z").toEpochMilli();
        assertTrue(SolarPosition.elevationDeg(35.25, 113.95, midnight) < -40);
        long summerNoon = Instant.parse("2026-06-21T04:24:00Z").toEpochMilli();
        assertEquals(
                90 - 35.25 + 23.44, SolarPosition.elevationDeg(35.25, 113.95, summerNoon), 2.5);
    }
}
