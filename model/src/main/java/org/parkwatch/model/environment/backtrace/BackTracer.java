package org.parkwatch.model.environment.backtrace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.DispersionCoefficients;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.consequence.WindProfile;
import org.parkwatch.model.environment.EnvWarningCode;
import org.parkwatch.model.environment.Pollutant;

/**
 * Ranks candidate sources of a pollution episode by how well a steady Gaussian plume from each,
 * driven by the recorded wind, explains the readings of all stations
 * (docs/environment-backtrace.md).
 *
 * <p><b>Forward model.</b> For candidate k, step t and station s the unit footprint f<sub>kts</sub>
 * (μg/m³ per kg/s) is the ground-reflected {@link GaussianPlume} of 1 kg/s at the candidate's
 * height, with the step's wind (10 m speed carried to the release height by {@link WindProfile}),
 * its Pasquill class and the park's σ set, evaluated at the station's position rotated into the
 * plume's frame. The prediction is y = b + q·f with a release rate q ≥ 0 and, optionally, a
 * constant background b ≥ 0.
 *
 * <p><b>Fit.</b> q and b minimise the sum of squared residuals; the 2-parameter non-negative
 * least-squares problem is solved in closed form from the sums Σf, Σf², Σfy, Σy, Σy² (interior
 * solution when feasible, else the better of the two boundary solutions).
 *
 * <p><b>Ranking and confidence.</b> With Gaussian errors of unknown common variance and a
 * scale-invariant prior, the marginal likelihood of candidate k is proportional to
 * SSE<sub>k</sub><sup>−n/2</sup>. Model errors of a steady plume are strongly correlated in time,
 * so n is not the number of readings but the number of independent ones: readings × step / {@link
 * BacktraceOptions#decorrelationS()}. With equal prior probabilities the confidence is the
 * normalised likelihood over the candidates that hold the pollutant.
 *
 * <p><b>Assumptions.</b> Each step is a steady state (travel time from source to station is
 * ignored, so steps should be short compared with wind changes but the window long compared with
 * the travel time); flat terrain, no buildings, no chemistry, neutrally buoyant gas; one source
 * active at a constant rate over the window; the true source is among the candidates (a poor best
 * fit is flagged with {@link EnvWarningCode#POOR_FIT}). Calm steps (wind below {@link
 * BacktraceOptions#minWindMPerS()}) are skipped.
 *
 * <p>Stateless apart from its options; thread-safe.
 */
public final class BackTracer {

    /** μg per kg: footprints are kept in μg/m³ per kg/s to match readings. */
    static final double UG_PER_KG = 1e9;

    /**
     * Relative floor of a residual sum of squares, so a noise-free synthetic fit keeps a finite
     * likelihood.
     */
    static final double SSE_RELATIVE_FLOOR = 1e-12;

    /**
     * Below this explained fraction the best candidate is flagged {@link EnvWarningCode#POOR_FIT}.
     */
    static final double POOR_FIT_EXPLAINED = 0.5;

    private final BacktraceOptions options;
    private final Map<StabilityClass, DispersionCoefficients> sigmas =
            new EnumMap<>(StabilityClass.class);

    public BackTracer(BacktraceOptions options) {
        this.options = options;
        for (StabilityClass s : StabilityClass.values()) {
            sigmas.put(s, DispersionCoefficients.of(options.sigmaModel(), s, options.terrain()));
        }
    }

    /** Ranks the candidates that hold {@code pollutant} against the observations. */
    public BacktraceResult rank(
            Observations obs, List<CandidateSource> candidates, Pollutant pollutant) {
        List<Warning> warnings = new ArrayList<>();
        List<CandidateSource> holding =
                candidates.stream().filter(c -> c.holds().contains(pollutant)).toList();
        Samples samples = Samples.of(obs, options.minWindMPerS());
        if (samples.skippedSteps() > 0) {
            warnings.add(
                    EnvWarningCode.CALM_STEPS_SKIPPED.warning(
                            samples.skippedSteps() + " / " + obs.steps()));
        }
        if (holding.isEmpty()) {
            warnings.add(EnvWarningCode.NO_CANDIDATE.warning(pollutant.name()));
            return new BacktraceResult(
                    pollutant, List.of(), samples.count(), samples.skippedSteps(), warnings);
        }
        Fit baseline = Fit.backgroundOnly(samples, options.fitBackground());
        if (!(baseline.sse() > 0)) {
            warnings.add(EnvWarningCode.NO_EXCESS_SIGNAL.warning());
        }
        List<Fit> fits = new ArrayList<>(holding.size());
        for (CandidateSource c : holding) {
            fits.add(Fit.of(c, sums(c, obs, samples), samples, options.fitBackground()));
        }
        double effectiveN =
                Math.max(
                        1.0,
                        Math.min(
                                samples.count(),
                                samples.count() * obs.stepS() / options.decorrelationS()));
        List<SourceRank> ranking = rankFits(fits, baseline.sse(), samples.sumYy(), effectiveN);
        if (!ranking.isEmpty()
                && baseline.sse() > 0
                && ranking.get(0).explainedFraction() < POOR_FIT_EXPLAINED) {
            warnings.add(
                    EnvWarningCode.POOR_FIT.warning(
                            String.format("%.0f %%", 100 * ranking.get(0).explainedFraction())));
        }
        return new BacktraceResult(
                pollutant, ranking, samples.count(), samples.skippedSteps(), warnings);
    }

    /** Σf, Σf², Σfy of one candidate over the usable readings. */
    private double[] sums(CandidateSource c, Observations obs, Samples samples) {
        double sf = 0;
        double sff = 0;
        double sfy = 0;
        List<Station> stations = obs.stations();
        for (int t = 0; t < obs.steps(); t++) {
            if (!samples.usable(t)) {
                continue;
            }
            WindSample w = obs.wind().get(t);
            double u =
                    WindProfile.windSpeedAt(
                            w.speed10mMPerS(),
                            c.releaseHeightM(),
                            w.stability(),
                            options.terrain());
            GaussianPlume plume =
                    new GaussianPlume(
                            1.0,
                            u,
                            c.releaseHeightM(),
                            w.stability(),
                            sigmas.get(w.stability()),
                            0.0);
            double ex = samples.downwindEast(t);
            double ey = samples.downwindNorth(t);
            double[] row = obs.concentrationUgPerM3()[t];
            for (int s = 0; s < stations.size(); s++) {
                if (!Double.isFinite(row[s])) {
                    continue;
                }
                Station st = stations.get(s);
                double dx = st.xM() - c.xM();
                double dy = st.yM() - c.yM();
                double f =
                        UG_PER_KG
                                * plume.concentrationKgPerM3(
                                        dx * ex + dy * ey, dy * ex - dx * ey, st.heightM());
                sf += f;
                sff += f * f;
                sfy += f * row[s];
            }
        }
        return new double[] {sf, sff, sfy};
    }

    private static List<SourceRank> rankFits(
            List<Fit> fits, double baselineSse, double sumYy, double effectiveN) {
        double floor = SSE_RELATIVE_FLOOR * Math.max(sumYy, Double.MIN_NORMAL);
        List<Fit> sorted = new ArrayList<>(fits);
        sorted.sort(Comparator.comparingDouble(Fit::sse).thenComparing(f -> f.source().id()));
        double best = -0.5 * effectiveN * Math.log(Math.max(sorted.get(0).sse(), floor));
        double[] weights = new double[sorted.size()];
        double total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double logL = -0.5 * effectiveN * Math.log(Math.max(sorted.get(i).sse(), floor));
            weights[i] = Math.exp(logL - best);
            total += weights[i];
        }
        List<SourceRank> ranking = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Fit f = sorted.get(i);
            double explained = baselineSse > 0 ? Math.max(0.0, 1.0 - f.sse() / baselineSse) : 0.0;
            ranking.add(
                    new SourceRank(
                            i + 1,
                            f.source(),
                            f.rateKgPerS(),
                            f.backgroundUgPerM3(),
                            f.sse(),
                            explained,
                            weights[i] / total));
        }
        return ranking;
    }
}
