package org.parkwatch.model.environment.backtrace;

/**
 * The usable part of the observations, prepared once per back-trace: which steps have wind enough
 * for a plume, the downwind unit vector of each step, and the sums of the readings that every
 * candidate's fit shares.
 */
final class Samples {

    private final boolean[] usable;
    private final double[] downwindEast;
    private final double[] downwindNorth;
    private final int count;
    private final int skippedSteps;
    private final double sumY;
    private final double sumYy;

    private Samples(
            boolean[] usable,
            double[] downwindEast,
            double[] downwindNorth,
            int count,
            int skippedSteps,
            double sumY,
            double sumYy) {
        this.usable = usable;
        this.downwindEast = downwindEast;
        this.downwindNorth = downwindNorth;
        this.count = count;
        this.skippedSteps = skippedSteps;
        this.sumY = sumY;
        this.sumYy = sumYy;
    }

    static Samples of(Observations obs, double minWindMPerS) {
        int steps = obs.steps();
        boolean[] usable = new boolean[steps];
        double[] east = new double[steps];
        double[] north = new double[steps];
        int count = 0;
        int skipped = 0;
        double sumY = 0;
        double sumYy = 0;
        for (int t = 0; t < steps; t++) {
            WindSample w = obs.wind().get(t);
            usable[t] = w.speed10mMPerS() >= minWindMPerS && Double.isFinite(w.windFromDeg());
            if (!usable[t]) {
                skipped++;
                continue;
            }
            // The wind blows from windFromDeg, so the plume travels towards windFromDeg + 180°.
            double toward = Math.toRadians(w.windFromDeg() + 180.0);
            east[t] = Math.sin(toward);
            north[t] = Math.cos(toward);
            for (double y : obs.concentrationUgPerM3()[t]) {
                if (Double.isFinite(y)) {
                    count++;
                    sumY += y;
                    sumYy += y * y;
                }
            }
        }
        return new Samples(usable, east, north, count, skipped, sumY, sumYy);
    }

    boolean usable(int step) {
        return usable[step];
    }

    double downwindEast(int step) {
        return downwindEast[step];
    }

    double downwindNorth(int step) {
        return downwindNorth[step];
    }

    /** Readings that enter the fit. */
    int count() {
        return count;
    }

    int skippedSteps() {
        return skippedSteps;
    }

    double sumY() {
        return sumY;
    }

    double sumYy() {
        return sumYy;
    }
}
