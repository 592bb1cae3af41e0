package org.parkwatch.model.consequence;

/**
 * Pasquill stability class from the 10 m wind speed and insolation (day) or cloud cover (night).
 * Table: docs/domain/consequence.md "Weather" [V, Pasquill 1961 / Gifford 1961 as used in {@code
 * tcarion/GaussianDispersion}]. Split classes (e.g. A–B) resolve to the more stable class unless
 * the classifier is built with {@code preferStable = false}.
 */
public final class PasquillClassifier {

    /** Upper bounds (m/s, exclusive) of the wind-speed rows; the last row is u ≥ 6. */
    static final double[] WIND_ROW_UPPER_M_PER_S = {2, 3, 5, 6};

    /**
     * Rows by wind band; columns DAY_STRONG, DAY_MODERATE, DAY_SLIGHT, NIGHT_CLOUDY (≥ 4/8),
     * NIGHT_CLEAR (≤ 3/8).
     */
    static final String[][] TABLE = {
        {"A", "AB", "B", "E", "F"},
        {"AB", "B", "C", "E", "F"},
        {"B", "BC", "C", "D", "E"},
        {"C", "CD", "D", "D", "D"},
        {"C", "D", "D", "D", "D"},
    };

    private final boolean preferStable;

    /**
     * @param preferStable true to resolve a split class to its more stable member (the default
     *     behaviour)
     */
    public PasquillClassifier(boolean preferStable) {
        this.preferStable = preferStable;
    }

    /** Classifier resolving split classes to the more stable one. */
    public PasquillClassifier() {
        this(true);
    }

    /** The class for a 10 m wind speed (m/s, ≥ 0) and insolation; overcast is always D. */
    public StabilityClass classify(double windSpeed10mMPerS, Insolation insolation) {
        if (!(windSpeed10mMPerS >= 0)) {
            throw new IllegalArgumentException(
                    "windSpeedMPerS must be >= 0 but was " + windSpeed10mMPerS);
        }
        if (insolation == Insolation.OVERCAST) {
            return StabilityClass.D;
        }
        int row = WIND_ROW_UPPER_M_PER_S.length;
        for (int i = 0; i < WIND_ROW_UPPER_M_PER_S.length; i++) {
            if (windSpeed10mMPerS < WIND_ROW_UPPER_M_PER_S[i]) {
                row = i;
                break;
            }
        }
        String cell = TABLE[row][insolation.ordinal()];
        char pick =
                cell.length() == 1
                        ? cell.charAt(0)
                        : (preferStable ? cell.charAt(1) : cell.charAt(0));
        return StabilityClass.valueOf(String.valueOf(pick));
    }

    /**
     * Insolation from the sun's elevation and cloud cover, after Turner (1964) [U: simplified —
     * strong above 60°, moderate 35–60°, slight below; 5/8 or more cloud lowers day insolation one
     * step; 8/8 is overcast; night when the sun is below the horizon, cloudy from 4/8].
     *
     * @param solarElevationDeg sun elevation above the horizon (degrees)
     * @param cloudOktas cloud cover in eighths, 0..8
     */
    public static Insolation insolation(double solarElevationDeg, int cloudOktas) {
        if (cloudOktas < 0 || cloudOktas > 8) {
            throw new IllegalArgumentException("cloudOktas must be 0..8 but was " + cloudOktas);
        }
        if (cloudOktas == 8) {
            return Insolation.OVERCAST;
        }
        if (solarElevationDeg <= 0) {
            return cloudOktas >= 4 ? Insolation.NIGHT_CLOUDY : Insolation.NIGHT_CLEAR;
        }
        int step = solarElevationDeg > 60 ? 0 : solarElevationDeg > 35 ? 1 : 2;
        if (cloudOktas >= 5) {
            step = Math.min(2, step + 1);
        }
        return Insolation.values()[step];
    }
}
