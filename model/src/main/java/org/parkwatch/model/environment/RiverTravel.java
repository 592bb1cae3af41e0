package org.parkwatch.model.environment;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.consequence.Warning;

/**
 * How long a release entering a river takes to reach a point downstream (a drinking-water intake):
 * the distance along the river's centre line between the two points' projections, over the mean
 * section velocity from the flow, u = Q / (W·D). A plug-flow estimate of the arrival of the bulk of
 * the release: longitudinal dispersion brings the leading edge earlier and spreads the peak, so
 * every estimate carries {@link EnvWarningCode#PLUG_FLOW_TRAVEL_TIME}; an entry point more than
 * {@value #NEAR_RIVER_M} m from the river adds {@link EnvWarningCode#ENTRY_AWAY_FROM_RIVER}.
 */
public final class RiverTravel {

    /** Farther than this from the centre line, an entry point is not on the river (m). */
    public static final double NEAR_RIVER_M = 100;

    /**
     * @param distanceM along the river between the projections of entry and target (m)
     * @param velocityMPerS mean section velocity Q / (W·D)
     * @param travelS distance / velocity (s)
     * @param entryOffsetM distance of the entry point from the centre line (m)
     * @param warnings validity of the estimate
     */
    public record Estimate(
            double distanceM,
            double velocityMPerS,
            double travelS,
            double entryOffsetM,
            List<Warning> warnings) {
        public Estimate {
            warnings = List.copyOf(warnings);
        }
    }

    private RiverTravel() {}

    /**
     * @param river centre line, upstream to downstream, local metres {x east, y north}
     * @param entry where the release enters (an outfall), local metres
     * @param target the downstream point (an intake), local metres
     * @param flowM3PerS river flow, m³/s (&gt; 0)
     * @param widthM mean width, m (&gt; 0)
     * @param depthM mean depth, m (&gt; 0)
     * @throws IllegalArgumentException for a bad section, fewer than two vertices, or a target
     *     upstream of the entry
     */
    public static Estimate estimate(
            List<double[]> river,
            double[] entry,
            double[] target,
            double flowM3PerS,
            double widthM,
            double depthM) {
        if (!(flowM3PerS > 0) || !(widthM > 0) || !(depthM > 0)) {
            throw new IllegalArgumentException(
                    "flow, width and depth must be > 0 but were "
                            + flowM3PerS
                            + ", "
                            + widthM
                            + ", "
                            + depthM);
        }
        if (river.size() < 2) {
            throw new IllegalArgumentException("the river needs at least two vertices");
        }
        double[] from = project(river, entry);
        double[] to = project(river, target);
        double distance = to[0] - from[0];
        if (distance < 0) {
            throw new IllegalArgumentException(
                    "the target lies " + Math.round(-distance) + " m upstream of the entry point");
        }
        double velocity = flowM3PerS / (widthM * depthM);
        List<Warning> warnings = new ArrayList<>();
        warnings.add(EnvWarningCode.PLUG_FLOW_TRAVEL_TIME.warning());
        if (from[1] > NEAR_RIVER_M) {
            warnings.add(EnvWarningCode.ENTRY_AWAY_FROM_RIVER.warning(Math.round(from[1]) + " m"));
        }
        return new Estimate(distance, velocity, distance / velocity, from[1], warnings);
    }

    /** {chainage along the line to the nearest point, distance from the line} of a point. */
    static double[] project(List<double[]> line, double[] p) {
        double best = Double.POSITIVE_INFINITY;
        double bestChainage = 0;
        double chainage = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            double[] a = line.get(i);
            double[] b = line.get(i + 1);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double len2 = dx * dx + dy * dy;
            double len = Math.sqrt(len2);
            double t = len2 == 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
            t = Math.max(0, Math.min(1, t));
            double d = Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
            if (d < best) {
                best = d;
                bestChainage = chainage + t * len;
            }
            chainage += len;
        }
        return new double[] {bestChainage, best};
    }
}
