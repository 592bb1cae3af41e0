package org.parkwatch.model.environment.backtrace;

import java.util.List;
import java.util.Random;
import org.parkwatch.model.consequence.DispersionCoefficients;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.WindProfile;

/**
 * Forward model of an episode: the readings that stations would record from one steady source under
 * a wind history, plus a background and seeded random measurement noise. Used by the
 * simulator-style test cases and the back-trace benchmark; the geometry is computed from the
 * source→station bearing (independently of {@link BackTracer}'s vector rotation).
 *
 * @param options σ set and terrain of the plume
 * @param backgroundUgPerM3 constant background added to every reading (μg/m³)
 * @param relativeNoise standard deviation of the multiplicative noise on the plume part (e.g. 0.2 =
 *     20 %)
 * @param absoluteNoiseUgPerM3 standard deviation of the additive noise (μg/m³); readings are
 *     clamped at 0
 * @param seed random seed, so an episode is reproducible
 */
public record EpisodeSynthesizer(
        BacktraceOptions options,
        double backgroundUgPerM3,
        double relativeNoise,
        double absoluteNoiseUgPerM3,
        long seed) {

    /**
     * Readings [step][station] (μg/m³) of a release of {@code rateKgPerS} from (xM, yM) at {@code
     * heightM}.
     */
    public double[][] readings(
            List<Station> stations,
            List<WindSample> wind,
            double sourceXM,
            double sourceYM,
            double sourceHeightM,
            double rateKgPerS) {
        Random random = new Random(seed);
        double[][] out = new double[wind.size()][stations.size()];
        for (int t = 0; t < wind.size(); t++) {
            WindSample w = wind.get(t);
            double plumeAt = 0;
            GaussianPlume plume = null;
            if (w.speed10mMPerS() >= options.minWindMPerS()) {
                double u =
                        WindProfile.windSpeedAt(
                                w.speed10mMPerS(), sourceHeightM, w.stability(), options.terrain());
                plume =
                        new GaussianPlume(
                                rateKgPerS,
                                u,
                                sourceHeightM,
                                w.stability(),
                                DispersionCoefficients.of(
                                        options.sigmaModel(), w.stability(), options.terrain()),
                                0.0);
            }
            for (int s = 0; s < stations.size(); s++) {
                Station st = stations.get(s);
                if (plume != null) {
                    double dx = st.xM() - sourceXM;
                    double dy = st.yM() - sourceYM;
                    double r = Math.hypot(dx, dy);
                    double bearing = Math.toDegrees(Math.atan2(dx, dy)); // clockwise from north
                    double offset = Math.toRadians(bearing - (w.windFromDeg() + 180.0));
                    plumeAt =
                            BackTracer.UG_PER_KG
                                    * plume.concentrationKgPerM3(
                                            r * Math.cos(offset),
                                            r * Math.sin(offset),
                                            st.heightM());
                } else {
                    plumeAt = 0;
                }
                double noisy =
                        backgroundUgPerM3
                                + plumeAt * (1 + relativeNoise * random.nextGaussian())
                                + absoluteNoiseUgPerM3 * random.nextGaussian();
                out[t][s] = Math.max(0.0, noisy);
            }
        }
        return out;
    }
}
