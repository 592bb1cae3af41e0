package org.parkwatch.backend.risk.qra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.parkwatch.model.risk.FnCurve;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.IndividualRiskGrid;
import org.parkwatch.model.risk.PointRisk;
import org.parkwatch.model.risk.ProtectionTarget;
import org.parkwatch.model.risk.RelocationScreening;
import org.parkwatch.model.risk.RiskContours;
import org.parkwatch.model.risk.RiskCriteria;
import org.parkwatch.model.risk.RiskGridResult;
import org.parkwatch.model.risk.RiskOutcome;
import org.parkwatch.model.risk.WeatherCase;

/**
 * Runs one park QRA from its inputs: scenarios and event trees ({@link ScenarioGenerator}), the
 * individual-risk raster with the societal outcomes of the population raster ({@link
 * IndividualRiskGrid}), contours at {@link RiskCriteria#CONTOUR_LEVELS_PER_YEAR}, the F–N curve and
 * its GB 36894 region, the GB 36894 check of every protection target at its highest-risk point
 * (exact {@link PointRisk}, not the raster) and relocation screening by enterprise. The population
 * of a target is spread evenly over the raster cells whose centres lie in its outline (the cell of
 * its centroid when none does). Pure and CPU-bound: run it off the event loop.
 */
public final class QraCalculation {

    /** Most outline vertices tried per target for its highest-risk point. */
    private static final int MAX_TARGET_POINTS = 64;

    private final GridSpec grid;
    private final int threads;
    private final Gb36894Check check;

    /** Each target is checked against the GB 36894 limits of its {@link TargetArea#status()}. */
    public QraCalculation(GridSpec grid, int threads, Gb36894Check check) {
        this.grid = grid;
        this.threads = threads;
        this.check = check;
    }

    /**
     * A raster covering an envelope (park metres) plus a margin on every side, cells of {@code
     * cellM}.
     */
    public static GridSpec gridFor(Envelope parkM, double marginM, double cellM) {
        int nx = (int) Math.ceil((parkM.getWidth() + 2 * marginM) / cellM);
        int ny = (int) Math.ceil((parkM.getHeight() + 2 * marginM) / cellM);
        return new GridSpec(parkM.getMinX() - marginM, parkM.getMinY() - marginM, cellM, nx, ny);
    }

    public QraResult run(
            List<QraInstallation> installations, WindRose rose, List<TargetArea> targets) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        List<QraOutcome> outcomes = new ScenarioGenerator(rose.classes()).outcomes(installations);
        List<RiskOutcome> riskOutcomes = outcomes.stream().map(QraOutcome::outcome).toList();
        List<WeatherCase> weathers =
                rose.weatherCases().stream()
                        .map(w -> w.smoothed(QraConstants.SECTOR_SUBDIVISIONS))
                        .toList();
        long t1 = System.nanoTime();
        RiskGridResult raster =
                new IndividualRiskGrid(grid, threads)
                        .compute(riskOutcomes, weathers, peoplePerCell(targets));
        long t2 = System.nanoTime();
        List<Geometry> contours =
                new RiskContours()
                        .contours(grid, raster.irPerYear(), RiskCriteria.CONTOUR_LEVELS_PER_YEAR);
        long t3 = System.nanoTime();
        FnCurve fn = raster.fnCurve();
        Gb36894Check.SocietalVerdict societal = check.societal(fn);
        long t4 = System.nanoTime();
        List<QraResult.TargetCheck> checks = new ArrayList<>();
        List<ProtectionTarget> points = new ArrayList<>();
        for (TargetArea t : targets) {
            double[] worst = worstPoint(t, riskOutcomes, weathers);
            checks.add(
                    new QraResult.TargetCheck(
                            t,
                            worst[0],
                            worst[1],
                            check.individual(t.protection(), t.status().isNew(), worst[2])));
            points.add(
                    new ProtectionTarget(t.id(), t.nameZh(), t.protection(), worst[0], worst[1]));
        }
        Map<String, List<RiskOutcome>> byEnterprise = new LinkedHashMap<>();
        outcomes.forEach(
                o ->
                        byEnterprise
                                .computeIfAbsent(
                                        o.installation().enterpriseId(), k -> new ArrayList<>())
                                .add(o.outcome()));
        Set<String> newTargets = new HashSet<>();
        for (TargetArea t : targets) if (t.status().isNew()) newTargets.add(t.id());
        RelocationScreening.Result relocation =
                RelocationScreening.screen(
                        byEnterprise, weathers, points, p -> newTargets.contains(p.id()));
        long t5 = System.nanoTime();
        timings.put("scenarios", ms(t0, t1));
        timings.put("grid", ms(t1, t2));
        timings.put("contours", ms(t2, t3));
        timings.put("fn", ms(t3, t4));
        timings.put("targets", ms(t4, t5));
        timings.put("total", ms(t0, t5));
        return new QraResult(
                grid,
                raster.irPerYear(),
                RiskCriteria.CONTOUR_LEVELS_PER_YEAR,
                contours,
                fn,
                societal,
                checks,
                relocation,
                outcomes,
                timings);
    }

    /** {east, north, IR}: the centroid or outline vertex with the highest individual risk. */
    private static double[] worstPoint(
            TargetArea t, List<RiskOutcome> outcomes, List<WeatherCase> weathers) {
        List<Coordinate> candidates = new ArrayList<>();
        candidates.add(t.outlineM().getCentroid().getCoordinate());
        Coordinate[] ring = t.outlineM().getCoordinates();
        int step = Math.max(1, ring.length / MAX_TARGET_POINTS);
        for (int k = 0; k < ring.length; k += step) {
            candidates.add(ring[k]);
        }
        double[] best = {candidates.get(0).x, candidates.get(0).y, -1};
        for (Coordinate c : candidates) {
            double ir = PointRisk.at(outcomes, weathers, c.x, c.y);
            if (ir > best[2]) {
                best = new double[] {c.x, c.y, ir};
            }
        }
        return best;
    }

    private double[] peoplePerCell(List<TargetArea> targets) {
        double[] people = new double[grid.cells()];
        for (TargetArea t : targets) {
            if (!(t.population() > 0)) {
                continue;
            }
            List<Integer> cells = cellsInside(t.outlineM());
            if (cells.isEmpty()) {
                Coordinate c = t.outlineM().getCentroid().getCoordinate();
                int i = (int) Math.floor((c.x - grid.originEastM()) / grid.cellSizeM());
                int j = (int) Math.floor((c.y - grid.originNorthM()) / grid.cellSizeM());
                if (i >= 0 && j >= 0 && i < grid.nx() && j < grid.ny()) {
                    people[grid.index(i, j)] += t.population();
                }
                continue;
            }
            double each = t.population() / cells.size();
            cells.forEach(k -> people[k] += each);
        }
        return people;
    }

    private List<Integer> cellsInside(Geometry outline) {
        List<Integer> out = new ArrayList<>();
        if (outline.getDimension() < 2) {
            return out;
        }
        Envelope e = outline.getEnvelopeInternal();
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(outline);
        double c = grid.cellSizeM();
        int i0 = Math.max(0, (int) Math.floor((e.getMinX() - grid.originEastM()) / c));
        int i1 = Math.min(grid.nx() - 1, (int) Math.floor((e.getMaxX() - grid.originEastM()) / c));
        int j0 = Math.max(0, (int) Math.floor((e.getMinY() - grid.originNorthM()) / c));
        int j1 = Math.min(grid.ny() - 1, (int) Math.floor((e.getMaxY() - grid.originNorthM()) / c));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                Coordinate p = new Coordinate(grid.centreEastM(i), grid.centreNorthM(j));
                if (locator.locate(p) != Location.EXTERIOR) {
                    out.add(grid.index(i, j));
                }
            }
        }
        return out;
    }

    private static long ms(long a, long b) {
        return (b - a) / 1_000_000;
    }
}
