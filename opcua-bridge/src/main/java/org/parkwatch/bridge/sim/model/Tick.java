package org.parkwatch.bridge.sim.model;

import java.time.ZonedDateTime;

/**
 * One simulation step.
 *
 * @param dtS seconds since the previous step (&gt; 0)
 * @param localTime wall-clock time of the step in the park's time zone (drives solar and diurnal
 *     shapes)
 */
public record Tick(double dtS, ZonedDateTime localTime) {

    /** Local time of day in fractional hours, 0 ≤ h &lt; 24. */
    public double hourOfDay() {
        return localTime.getHour() + localTime.getMinute() / 60.0 + localTime.getSecond() / 3600.0;
    }
}
