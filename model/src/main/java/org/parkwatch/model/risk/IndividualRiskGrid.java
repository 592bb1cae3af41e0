package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Individual-risk raster IR(cell) = Σ_outcome Σ_weather Σ_direction f·P_weather·P_direction·P_death
 * (docs/domain/risk.md §Individual risk), and the societal (f, N) outcomes when a population raster
 * is given.
 *
 * <p>Fast path for large grids: each (outcome, weather) lethality field is sampled once into a
 * table in plume co-ordinates at half the cell size; every wind direction then reuses it, visiting
 * only the cells inside the rotated footprint (solved row by row) and reading the table by bilinear
 * interpolation. Isotropic fields (fires, explosions) are stamped once per weather with the summed
 * rose. (outcome, weather) pairs run in parallel on a dedicated pool, each worker summing into its
 * own raster.
 */
public final class IndividualRiskGrid {

    private final GridSpec spec;
    private final int parallelism;

    /**
     * @param parallelism worker threads (≥ 1)
     */
    public IndividualRiskGrid(GridSpec spec, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
        }
        this.spec = spec;
        this.parallelism = parallelism;
    }

    /** Uses all available processors. */
    public IndividualRiskGrid(GridSpec spec) {
        this(spec, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param outcomes scenario outcomes with a lethality field per weather class
     * @param weathers weather classes with their wind roses
     * @param peoplePerCell people in each cell (index j·nx + i), or null to skip societal risk
     */
    public RiskGridResult compute(
            List<RiskOutcome> outcomes, List<WeatherCase> weathers, double[] peoplePerCell) {
        if (peoplePerCell != null && peoplePerCell.length != spec.cells()) {
            throw new IllegalArgumentException(
                    "peoplePerCell has "
                            + peoplePerCell.length
                            + " values, grid has "
                            + spec.cells());
        }
        int tasks = outcomes.size() * weathers.size();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            Accumulator total =
                    pool.submit(
                                    () ->
                                            IntStream.range(0, tasks)
                                                    .parallel()
                                                    .collect(
                                                            () -> new Accumulator(spec.cells()),
                                                            (acc, t) ->
                                                                    stamp(
                                                                            acc,
                                                                            outcomes.get(
                                                                                    t
                                                                                            / weathers
                                                                                                    .size()),
                                                                            weathers.get(
                                                                                    t
                                                                                            % weathers
                                                                                                    .size()),
                                                                            t % weathers.size(),
                                                                            peoplePerCell),
                                                            Accumulator::add))
                            .get();
            return new RiskGridResult(
                    spec, total.ir, peoplePerCell == null ? List.of() : List.copyOf(total.fn));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("risk grid interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "risk grid failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void stamp(
            Accumulator acc, RiskOutcome outcome, WeatherCase weather, int w, double[] people) {
        if (w >= outcome.byWeather().size()) {
            throw new IllegalArgumentException(
                    "outcome " + outcome.id() + " has no lethality for weather " + weather.name());
        }
        LethalityField field = outcome.byWeather().get(w);
        double base = outcome.frequencyPerYear() * weather.probability();
        if (field == null || base <= 0 || field.maxDownwindM() <= field.minDownwindM()) {
            return;
        }
        LethalityTable table =
                new LethalityTable(field, spec.cellSizeM() / 2)
                        .smeared(weather.subdivisionOffsetsDeg(), spec.cellSizeM());
        double[] rose = weather.directionProbabilities();
        if (table.isotropic()) {
            double roseSum = 0;
            for (double p : rose) {
                roseSum += p;
            }
            addStamp(acc, table, outcome, Double.NaN, base * roseSum, people);
            return;
        }
        for (int k = 0; k < rose.length; k++) {
            if (rose[k] > 0) {
                addStamp(acc, table, outcome, weather.sectorFromDeg(k), base * rose[k], people);
            }
        }
    }

    /**
     * Adds weight·P_death over the cells whose centres fall inside the footprint: for each grid row
     * the east-west interval inside the (rotated) footprint rectangle, or circle for isotropic
     * tables, is solved directly, so only cells inside the footprint are visited. windFromDeg is
     * NaN for isotropic tables.
     */
    private void addStamp(
            Accumulator acc,
            LethalityTable table,
            RiskOutcome o,
            double windFromDeg,
            double weight,
            double[] people) {
        double c = spec.cellSizeM();
        double reach = table.reachM();
        int j0 =
                Math.max(0, (int) Math.floor((o.sourceNorthM() - reach - spec.originNorthM()) / c));
        int j1 =
                Math.min(
                        spec.ny() - 1,
                        (int) Math.floor((o.sourceNorthM() + reach - spec.originNorthM()) / c));
        boolean iso = Double.isNaN(windFromDeg);
        double t = iso ? 0 : Math.toRadians(windFromDeg);
        double dE = -Math.sin(t);
        double dN = -Math.cos(t);
        double fatalities = 0;
        double[] ir = acc.ir;
        double[] span = new double[2];
        for (int j = j0; j <= j1; j++) {
            double n = spec.centreNorthM(j) - o.sourceNorthM();
            boolean hit = iso ? circleSpan(reach, n, span) : rectangleSpan(table, dE, dN, n, span);
            if (!hit) {
                continue;
            }
            int i0 =
                    Math.max(
                            0,
                            (int)
                                    Math.ceil(
                                            (o.sourceEastM() + span[0] - spec.originEastM()) / c
                                                    - 0.5));
            int i1 =
                    Math.min(
                            spec.nx() - 1,
                            (int)
                                    Math.floor(
                                            (o.sourceEastM() + span[1] - spec.originEastM()) / c
                                                    - 0.5));
            int row = j * spec.nx();
            for (int i = i0; i <= i1; i++) {
                double e = spec.centreEastM(i) - o.sourceEastM();
                double p =
                        iso
                                ? table.atDistance(Math.sqrt(e * e + n * n))
                                : table.at(e * dE + n * dN, -e * dN + n * dE);
                if (p > 0) {
                    ir[row + i] += weight * p;
                    if (people != null) {
                        fatalities += people[row + i] * p;
                    }
                }
            }
        }
        if (people != null) {
            acc.fn.add(new FnCurve.Outcome(weight, fatalities));
        }
    }

    /**
     * East offsets [lo, hi] of the circle of radius r at north offset n; false when the row misses
     * it.
     */
    private static boolean circleSpan(double r, double n, double[] span) {
        double h2 = r * r - n * n;
        if (h2 < 0) {
            return false;
        }
        double h = Math.sqrt(h2);
        span[0] = -h;
        span[1] = h;
        return true;
    }

    /**
     * East offsets [lo, hi] at north offset n inside the rectangle minX ≤ x ≤ maxX, |y| ≤ maxY of
     * plume co-ordinates x = e·dE + n·dN, y = −e·dN + n·dE; false when the row misses it.
     */
    private static boolean rectangleSpan(
            LethalityTable table, double dE, double dN, double n, double[] span) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        double[] r1 = interval(dE, n * dN, table.minX(), table.maxX());
        double[] r2 = interval(-dN, n * dE, -table.maxY(), table.maxY());
        if (r1 == null || r2 == null) {
            return false;
        }
        lo = Math.max(r1[0], r2[0]);
        hi = Math.min(r1[1], r2[1]);
        // the wedge of a smeared table: y − s·x ≤ c and −y − s·x ≤ c, with x = e·dE + n·dN and
        // y = −e·dN + n·dE
        double c = table.wedgeC();
        double s = table.wedgeS();
        double[] w1 = atMost(-dN - s * dE, n * dE - s * n * dN, c);
        double[] w2 = atMost(dN - s * dE, -n * dE - s * n * dN, c);
        if (w1 == null || w2 == null) {
            return false;
        }
        lo = Math.max(lo, Math.max(w1[0], w2[0]));
        hi = Math.min(hi, Math.min(w1[1], w2[1]));
        span[0] = lo;
        span[1] = hi;
        return lo <= hi;
    }

    /** Values of e with a·e + b ≤ k, or null when none. */
    private static double[] atMost(double a, double b, double k) {
        if (Math.abs(a) < 1e-12) {
            return b <= k
                    ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
                    : null;
        }
        double e = (k - b) / a;
        return a > 0
                ? new double[] {Double.NEGATIVE_INFINITY, e}
                : new double[] {e, Double.POSITIVE_INFINITY};
    }

    /** Values of e with min ≤ a·e + b ≤ max, or null when none. */
    private static double[] interval(double a, double b, double min, double max) {
        if (Math.abs(a) < 1e-12) {
            return b >= min && b <= max
                    ? new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}
                    : null;
        }
        double e1 = (min - b) / a;
        double e2 = (max - b) / a;
        return new double[] {Math.min(e1, e2), Math.max(e1, e2)};
    }

    /** Per-worker partial sums. */
    private static final class Accumulator {
        final double[] ir;
        final List<FnCurve.Outcome> fn = new ArrayList<>();

        Accumulator(int cells) {
            ir = new double[cells];
        }

        void add(Accumulator other) {
            for (int k = 0; k < ir.length; k++) {
                ir[k] += other.ir[k];
            }
            fn.addAll(other.fn);
        }
    }
}
