package org.parkwatch.backend.risk.qra;

import org.parkwatch.model.consequence.StabilityClass;

/**
 * One weather class of the wind rose: Pasquill stability, wind speed at 10 m and its share of the
 * time.
 *
 * @param stability A–F
 * @param speedMPerS wind at 10 m (m/s, &gt; 0)
 * @param fraction share of the time (0–1)
 */
public record WeatherClass(StabilityClass stability, double speedMPerS, double fraction) {

    /** Label such as {@code D5}. */
    public String label() {
        String s =
                speedMPerS == Math.rint(speedMPerS)
                        ? String.valueOf((long) speedMPerS)
                        : String.valueOf(speedMPerS);
        return stability.name() + s;
    }
}
