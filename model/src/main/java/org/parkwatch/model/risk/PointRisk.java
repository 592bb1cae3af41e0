package org.parkwatch.model.risk;

import java.util.List;
import org.parkwatch.model.consequence.ZoneGeometry;

/**
 * Individual risk (/yr) at one place, summed exactly (no tables) over outcomes × weather × wind
 * sectors: IR = Σ f·P_weather·P_direction·P_death (docs/domain/risk.md §Individual risk). Used for
 * protection targets, where a raster cell is too coarse.
 */
public final class PointRisk {

    private PointRisk() {}

    /** IR (/yr) at local point (east, north) in metres. */
    public static double at(
            List<RiskOutcome> outcomes, List<WeatherCase> weathers, double eastM, double northM) {
        double ir = 0;
        for (RiskOutcome o : outcomes) {
            for (int w = 0; w < weathers.size(); w++) {
                WeatherCase weather = weathers.get(w);
                LethalityField field = w < o.byWeather().size() ? o.byWeather().get(w) : null;
                if (field == null) {
                    continue;
                }
                double base = o.frequencyPerYear() * weather.probability();
                double[] rose = weather.directionProbabilities();
                double[] offsets =
                        field.isotropic() ? new double[] {0} : weather.subdivisionOffsetsDeg();
                for (int k = 0; k < rose.length; k++) {
                    if (rose[k] <= 0) {
                        continue;
                    }
                    for (double d : offsets) {
                        double[] xy =
                                ZoneGeometry.localToPlume(
                                        eastM,
                                        northM,
                                        weather.sectorFromDeg(k) + d,
                                        o.sourceEastM(),
                                        o.sourceNorthM());
                        ir += base * rose[k] / offsets.length * field.lethality(xy[0], xy[1]);
                    }
                }
            }
        }
        return ir;
    }
}
