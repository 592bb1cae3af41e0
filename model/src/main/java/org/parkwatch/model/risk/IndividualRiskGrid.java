package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Individual-risk raster IR(cell) = Σ_outcome Σ_weather Σ_direction f·P_weather·P_direction·P_death (risk.md), and
 * the societal (f, N) outcomes when a population raster is given.
 *
 * <p>Fast path for large grids: each (outcome, weather) lethality field is sampled once into a table in plume
 * co-ordinates at half the cell size; every wind direction then reuses it, visiting only the cells inside the
 * rotated footprint and reading the table by bilinear interpolation. Isotropic fields (fires, explosions) are stamped
 * once per weather with the summed rose. (outcome, weather) pairs run in parallel on a dedicated pool, each worker
 * summing into its own raster.
 */
public final class IndividualRiskGrid {

    private final GridSpec spec;
    private final int parallelism;

    /** @param parallelism worker threads (≥ 1) */
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
     * @param outcomes     scenario outcomes with a lethality field per weather class
     * @param weathers     weather classes with their wind roses
     * @param peoplePerCell people in each cell (index j·nx + i), or null to skip societal risk
     */
    public RiskGridResult compute(List<RiskOutcome> outcomes, List<WeatherCase> weathers, double[] peoplePerCell) {
        if (peoplePerCell != null && peoplePerCell.length != spec.cells()) {
            throw new IllegalArgumentException("peoplePerCell has " + peoplePerCell.length + " values, grid has "
                    + spec.cells());
        }
        int tasks = outcomes.size() * weathers.size();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            Accumulator total = pool.submit(() -> IntStream.range(0, tasks).parallel().collect(
                    () -> new Accumulator(spec.cells()),
                    (acc, t) -> stamp(acc, outcomes.get(t / weathers.size()), weathers.get(t % weathers.size()),
                            t % weathers.size(), peoplePerCell),
                    Accumulator::add)).get();
            return new RiskGridResult(spec, total.ir, peoplePerCell == null ? List.of() : List.copyOf(total.fn));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("risk grid interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("risk grid failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void stamp(Accumulator acc, RiskOutcome outcome, WeatherCase weather, int w, double[] people) {
        if (w >= outcome.byWeather().size()) {
            throw new IllegalArgumentException("outcome " + outcome.id() + " has no lethality for weather "
                    + weather.name());
        }
        LethalityField field = outcome.byWeather().get(w);
        double base = outcome.frequencyPerYear() * weather.probability();
        if (field == null || base <= 0 || field.maxDownwindM() <= field.minDownwindM()) {
            return;
        }
        LethalityTable table = new LethalityTable(field, spec.cellSizeM() / 2);
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

    /** Adds weight·P_death over the cells in reach; windFromDeg NaN for isotropic tables. */
    private void addStamp(Accumulator acc, LethalityTable table, RiskOutcome o, double windFromDeg, double weight,
                          double[] people) {
        double c = spec.cellSizeM();
        double reach = table.reachM();
        int i0 = Math.max(0, (int) Math.floor((o.sourceEastM() - reach - spec.originEastM()) / c));
        int i1 = Math.min(spec.nx() - 1, (int) Math.floor((o.sourceEastM() + reach - spec.originEastM()) / c));
        int j0 = Math.max(0, (int) Math.floor((o.sourceNorthM() - reach - spec.originNorthM()) / c));
        int j1 = Math.min(spec.ny() - 1, (int) Math.floor((o.sourceNorthM() + reach - spec.originNorthM()) / c));
        boolean iso = Double.isNaN(windFromDeg);
        double t = iso ? 0 : Math.toRadians(windFromDeg);
        double dE = -Math.sin(t);
        double dN = -Math.cos(t);
        double fatalities = 0;
        double[] ir = acc.ir;
        for (int j = j0; j <= j1; j++) {
            double n = spec.centreNorthM(j) - o.sourceNorthM();
            int row = j * spec.nx();
            for (int i = i0; i <= i1; i++) {
                double e = spec.centreEastM(i) - o.sourceEastM();
                double p = iso ? table.atDistance(Math.sqrt(e * e + n * n))
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
