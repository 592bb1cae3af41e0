package org.parkwatch.backend.risk.qra;

import java.util.List;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.ValidityLimits;
import org.parkwatch.model.risk.WeatherCase;

/**
 * The QRA's weather: a 16-sector wind rose (share of the time the wind blows FROM each sector, N
 * first, clockwise) and weather classes (Pasquill stability, wind speed, share), with where it came
 * from. JSON form: {@code {"sectors":[16 shares],
 * "classes":[{"stability":"D","speedMPerS":5,"fraction":0.42}, …]}}; both share lists sum to 1 ±
 * 0.01.
 *
 * @param sectors 16 shares of wind FROM N, NNE, … NNW
 * @param classes weather classes
 * @param source {@code demo}, {@code configured} or {@code history}
 * @param note what the source means (file name, sample count)
 */
public record WindRose(double[] sectors, List<WeatherClass> classes, String source, String note) {
    public static final int SECTORS = 16;
    private static final double SUM_TOLERANCE = 0.01;

    /**
     * Slowest class wind accepted, m/s: below about 1 m/s Gaussian dispersion models are unreliable
     * ({@link ValidityLimits#LOW_WIND_M_PER_S}); a near-zero speed makes every concentration (Q/u)
     * explode and falsifies the QRA (issue 19, D11: 1e-300 m/s took the PLL from 0.0055 to 0.42).
     */
    public static final double MIN_SPEED_M_PER_S = ValidityLimits.LOW_WIND_M_PER_S;

    /**
     * Fastest class wind accepted, m/s: Beaufort force 12 begins at 32.7 m/s (WMO-No. 8, Annex
     * 5.A).
     */
    public static final double MAX_SPEED_M_PER_S = 32.7;

    public WindRose {
        sectors = sectors.clone();
        classes = List.copyOf(classes);
    }

    /**
     * The documented demo rose of the fictional park on the Henan plain: north-easterly and
     * southerly winds prevail, neutral D dominates. Illustration data, not measurements.
     */
    public static WindRose demo() {
        double[] s = {
            0.05, 0.07, 0.10, 0.08, 0.06, 0.04, 0.04, 0.05, 0.09, 0.08, 0.07, 0.05, 0.06, 0.05,
            0.06, 0.05
        };
        List<WeatherClass> c =
                List.of(
                        new WeatherClass(StabilityClass.A, 2, 0.03),
                        new WeatherClass(StabilityClass.B, 3, 0.10),
                        new WeatherClass(StabilityClass.C, 4, 0.15),
                        new WeatherClass(StabilityClass.D, 5, 0.42),
                        new WeatherClass(StabilityClass.E, 3, 0.15),
                        new WeatherClass(StabilityClass.F, 1.5, 0.15));
        return new WindRose(s, c, "demo", "documented demo rose (fictional park), not measured");
    }

    /**
     * @throws IllegalArgumentException naming the field when the shares do not sum to 1 within the
     *     tolerance
     */
    static void checkSum(double[] values, String field) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(
                    field + ": shares must sum to 1 ± " + SUM_TOLERANCE + " but sum to " + sum);
        }
    }

    /**
     * This rose's classes with sector shares counted from measured wind directions (degrees FROM),
     * sector k covering k·22.5° ± 11.25°.
     */
    public WindRose withSectorsFrom(double[] directionsDeg, String note) {
        double[] s = new double[SECTORS];
        for (double d : directionsDeg) {
            double norm = ((d % 360) + 360) % 360;
            s[(int) Math.floor((norm + 180.0 / SECTORS) / (360.0 / SECTORS)) % SECTORS] +=
                    1.0 / directionsDeg.length;
        }
        return new WindRose(s, classes, "history", note);
    }

    /**
     * The weather list of the risk grid: one case per class, each with the 16-sector rose
     * (renormalised).
     */
    public List<WeatherCase> weatherCases() {
        double sum = 0;
        for (double v : sectors) {
            sum += v;
        }
        double[] rose = new double[SECTORS];
        for (int k = 0; k < SECTORS; k++) {
            rose[k] = sectors[k] / sum;
        }
        double classSum = classes.stream().mapToDouble(WeatherClass::fraction).sum();
        return classes.stream()
                .map(c -> new WeatherCase(c.label(), c.fraction() / classSum, rose))
                .toList();
    }
}
