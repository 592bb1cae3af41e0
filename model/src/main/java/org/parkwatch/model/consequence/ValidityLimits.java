package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the dispersion models stop being trustworthy, and the warnings that say so. Source:
 * docs/domain/consequence.md "Validity warnings" (ALOHA states similar limits) [U]: the numbers are
 * the document's "about" values, kept here so they can be tuned in one place.
 */
public final class ValidityLimits {

    /** Below this wind speed (m/s) Gaussian models are unreliable. */
    public static final double LOW_WIND_M_PER_S = 1.0;

    /** Within this distance (m) of the source the field is "near field". */
    public static final double NEAR_FIELD_M = 100.0;

    /**
     * Beyond this distance (m) stable classes E/F are flagged (document says about 2–5 km; the
     * lower end is used).
     */
    public static final double STABLE_LONG_RANGE_M = 2000.0;

    /** Upper end of the Briggs correlations' range (m). */
    public static final double BRIGGS_MAX_M = 10_000.0;

    /**
     * Point-source radiation is unreliable closer than this many pool diameters [U: common guidance
     * puts the limit at 2–5 diameters; the lower end is used].
     */
    public static final double POINT_SOURCE_MIN_DIAMETERS = 2.0;

    private ValidityLimits() {}

    /**
     * Warnings for a point-source fire flux at distance x (m) from a pool of the given diameter
     * (m).
     */
    public static List<Warning> pointSource(double distanceM, double poolDiameterM) {
        if (distanceM < POINT_SOURCE_MIN_DIAMETERS * poolDiameterM) {
            return List.of(
                    Warning.of(
                            WarningCode.NEAR_FIELD,
                            "point source within "
                                    + POINT_SOURCE_MIN_DIAMETERS
                                    + " pool diameters, x = "
                                    + round(distanceM)
                                    + " m"));
        }
        return List.of();
    }

    /**
     * Warnings for a Gaussian dispersion result at downwind distance x.
     *
     * @param windSpeedMPerS wind speed used (m/s)
     * @param stability stability class
     * @param xM downwind distance of the receptor (m); NaN to skip distance checks
     */
    public static List<Warning> dispersion(
            double windSpeedMPerS, StabilityClass stability, double xM) {
        List<Warning> out = new ArrayList<>();
        if (windSpeedMPerS < LOW_WIND_M_PER_S) {
            out.add(
                    Warning.of(
                            WarningCode.LOW_WIND,
                            String.format(Locale.ROOT, "u = %.2f m/s", windSpeedMPerS)));
        }
        if (!Double.isNaN(xM)) {
            if (xM < NEAR_FIELD_M) {
                out.add(Warning.of(WarningCode.NEAR_FIELD, "x = " + round(xM) + " m"));
            }
            if (stability.isStable() && xM > STABLE_LONG_RANGE_M) {
                out.add(
                        Warning.of(
                                WarningCode.STABLE_LONG_RANGE,
                                stability + ", x = " + round(xM) + " m"));
            }
            if (xM > BRIGGS_MAX_M) {
                out.add(Warning.of(WarningCode.OUTSIDE_VALIDITY, "x > 10 km"));
            }
        }
        out.add(Warning.of(WarningCode.TERRAIN_IGNORED));
        return out;
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
