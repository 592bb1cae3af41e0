package org.parkwatch.backend.risk.qra;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.model.risk.FnCurve;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.RelocationScreening;

/**
 * What one QRA computes.
 *
 * @param grid the raster (park metres)
 * @param irPerYear individual risk per cell (/yr)
 * @param levels contour levels (/yr)
 * @param contoursM per level the region with IR ≥ level, park metres
 * @param fn the F–N curve (with PLL)
 * @param societal its GB 36894 region
 * @param targets one check per protection target
 * @param relocation violations and relocation candidates
 * @param outcomes the event-tree outcomes used
 * @param timingsMs scenarios, grid, contours, fn, targets (ms)
 */
public record QraResult(
        GridSpec grid,
        double[] irPerYear,
        List<Double> levels,
        List<Geometry> contoursM,
        FnCurve fn,
        Gb36894Check.SocietalVerdict societal,
        List<TargetCheck> targets,
        RelocationScreening.Result relocation,
        List<QraOutcome> outcomes,
        Map<String, Long> timingsMs) {

    /**
     * GB 36894 verdict of one target at its worst point.
     *
     * @param target the target
     * @param eastM the evaluated point (the target's highest-risk vertex or centroid)
     * @param northM ditto
     * @param verdict IR, limit and excess ratio
     */
    public record TargetCheck(
            TargetArea target,
            double eastM,
            double northM,
            Gb36894Check.IndividualVerdict verdict) {}
}
