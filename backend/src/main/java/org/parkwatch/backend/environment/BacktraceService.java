package org.parkwatch.backend.environment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.risk.zones.SolarPosition;
import org.parkwatch.model.consequence.PasquillClassifier;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.BackTracer;
import org.parkwatch.model.environment.backtrace.BacktraceOptions;
import org.parkwatch.model.environment.backtrace.BacktraceResult;
import org.parkwatch.model.environment.backtrace.Observations;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.environment.backtrace.WindSample;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Back-traces a window of the park's history: the stations that measure the pollutant, the weather
 * station's wind in buckets of one step, 1 minute unless asked otherwise (speed: bucket mean;
 * direction: the bucket's last value, as a mean of angles across north would be wrong), the
 * Pasquill class from the wind and the sun's elevation (cloud: the bucket's last value, clear sky
 * when unknown), and the park's tanks as candidates. Blocking (reads history): call on a worker
 * thread.
 */
final class BacktraceService {

    /** Reads one tag's history in equal buckets (the history repository's trend). */
    @FunctionalInterface
    interface TrendSource {
        Trend trend(String tagId, long fromMs, long toMs, int buckets) throws Exception;
    }

    /** The default step: 1-minute buckets, the resolution of the park's regular records. */
    static final long STEP_MS = 60_000;

    /** Finest step a caller may ask for (short episodes, tests of the live stack), ms. */
    static final long MIN_STEP_MS = 10_000;

    static final long MAX_STEP_MS = 600_000;

    /**
     * A window needs at least this many steps for the wind to vary and the fit to mean anything.
     */
    static final int MIN_STEPS = 10;

    /** Upper bound of the work one request may cause (steps × stations × candidates). */
    static final int MAX_STEPS = 2_000;

    static final long MAX_WINDOW_MS = 24 * 3_600_000L;

    /**
     * How long the weather station's last reported value holds for buckets without a sample: its
     * feed reports by exception (OPC UA deadband), so a steady wind sends nothing; beyond this the
     * step counts as missing (simulation-independent working value).
     */
    static final long WIND_HOLD_MS = 10 * 60_000L;

    private final AirNetwork network;
    private final TrendSource history;
    private final BackTracer tracer = new BackTracer(BacktraceOptions.PARK_DEFAULTS);
    private final PasquillClassifier classifier = new PasquillClassifier();

    BacktraceService(AirNetwork network, TrendSource history) {
        this.network = network;
        this.history = history;
    }

    /**
     * @throws IllegalArgumentException for a bad window or a pollutant no station measures (a 400
     *     for the caller)
     */
    BacktraceResult trace(Pollutant pollutant, long fromMs, long toMs) throws Exception {
        return trace(pollutant, fromMs, toMs, STEP_MS);
    }

    /**
     * @param stepMs bucket length, {@value #MIN_STEP_MS}..{@value #MAX_STEP_MS} ms
     * @throws IllegalArgumentException for a bad window or step, or a pollutant no station measures
     */
    BacktraceResult trace(Pollutant pollutant, long fromMs, long toMs, long stepMs)
            throws Exception {
        if (stepMs < MIN_STEP_MS || stepMs > MAX_STEP_MS) {
            throw new IllegalArgumentException(
                    "the step of "
                            + stepMs / 1000.0
                            + " s must lie between "
                            + MIN_STEP_MS / 1000
                            + " s and "
                            + MAX_STEP_MS / 1000
                            + " s");
        }
        long window = toMs - fromMs;
        if (window < MIN_STEPS * stepMs || window > MAX_WINDOW_MS || window / stepMs > MAX_STEPS) {
            throw new IllegalArgumentException(
                    "the window from "
                            + fromMs
                            + " to "
                            + toMs
                            + " must hold between "
                            + MIN_STEPS
                            + " and "
                            + MAX_STEPS
                            + " steps of "
                            + stepMs / 1000.0
                            + " s and last at most 24 hours");
        }
        long start = fromMs - Math.floorMod(fromMs, stepMs);
        int steps = (int) ((toMs - start + stepMs - 1) / stepMs);
        long end = start + steps * stepMs;
        List<Station> stations = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (AirNetwork.AirStation s : network.stations()) {
            TagDefinition tag = s.tags().get(pollutant);
            if (tag != null) {
                stations.add(s.station());
                columns.add(series(tag.id(), start, end, steps, false));
            }
        }
        if (stations.isEmpty()) {
            throw new IllegalArgumentException(
                    "no air station of the park measures " + pollutant.name());
        }
        double[][] readings = new double[steps][stations.size()];
        for (int t = 0; t < steps; t++) {
            for (int s = 0; s < stations.size(); s++) {
                readings[t][s] = columns.get(s)[t];
            }
        }
        List<WindSample> wind = wind(start, end, steps, stepMs);
        return tracer.rank(
                new Observations(stations, wind, readings, stepMs / 1000.0),
                network.candidates(),
                pollutant);
    }

    private List<WindSample> wind(long start, long end, int steps, long stepMs) throws Exception {
        double[] speed = optionalSeries(TagKind.WIND_SPEED, start, end, steps, stepMs, false);
        double[] from = optionalSeries(TagKind.WIND_DIRECTION, start, end, steps, stepMs, true);
        double[] cloud = optionalSeries(TagKind.CLOUD_COVER, start, end, steps, stepMs, true);
        List<WindSample> out = new ArrayList<>(steps);
        for (int t = 0; t < steps; t++) {
            long mid = start + t * stepMs + stepMs / 2;
            StabilityClass stability = StabilityClass.D;
            if (Double.isFinite(speed[t]) && speed[t] >= 0) {
                double elevation =
                        SolarPosition.elevationDeg(network.originLat(), network.originLon(), mid);
                int oktas =
                        Double.isFinite(cloud[t])
                                ? (int) Math.max(0, Math.min(8, Math.round(cloud[t])))
                                : 0;
                stability =
                        classifier.classify(
                                speed[t], PasquillClassifier.insolation(elevation, oktas));
            }
            out.add(new WindSample(from[t], speed[t], stability));
        }
        return out;
    }

    /** A weather tag's series, its last value held up to {@link #WIND_HOLD_MS}; NaN when none. */
    private double[] optionalSeries(
            TagKind kind, long start, long end, int steps, long stepMs, boolean last)
            throws Exception {
        String tag = network.weatherTag(kind).orElse(null);
        if (tag == null) {
            double[] none = new double[steps];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        // from the hold time before the window, so a value reported before it still holds
        int hold = (int) Math.max(1, WIND_HOLD_MS / stepMs);
        double[] held = series(tag, start - hold * stepMs, end, steps + hold, last);
        double previous = Double.NaN;
        int age = 0;
        for (int i = 0; i < held.length; i++) {
            if (Double.isFinite(held[i])) {
                previous = held[i];
                age = 0;
            } else if (++age <= hold) {
                held[i] = previous;
            }
        }
        return Arrays.copyOfRange(held, hold, hold + steps);
    }

    /** One value per 1-minute bucket (mean, or last), NaN where the bucket holds no sample. */
    private double[] series(String tagId, long start, long end, int steps, boolean last)
            throws Exception {
        double[] out = new double[steps];
        Arrays.fill(out, Double.NaN);
        Trend trend = history.trend(tagId, start, end, steps);
        for (Trend.Point p : trend.points()) {
            int i = (int) ((p.t() - start) / trend.bucketMs());
            if (i >= 0 && i < steps) {
                out[i] = last ? p.last() : p.avg();
            }
        }
        return out;
    }
}
