package org.parkwatch.model.environment.backtrace;

/**
 * The closed-form non-negative least-squares fit of y ≈ b + q·f for one candidate (q release rate,
 * b background), from the sums of the footprint f and the readings y.
 */
record Fit(CandidateSource source, double rateKgPerS, double backgroundUgPerM3, double sse) {

    /** Fits rate and (optionally) background from {Σf, Σf², Σfy} and the shared sums of y. */
    static Fit of(
            CandidateSource source,
            double[] footprintSums,
            Samples samples,
            boolean fitBackground) {
        double sf = footprintSums[0];
        double sff = footprintSums[1];
        double sfy = footprintSums[2];
        double n = samples.count();
        double sy = samples.sumY();
        double syy = samples.sumYy();
        double rateOnly = sff > 0 ? Math.max(0.0, sfy / sff) : 0.0;
        Fit best =
                new Fit(source, rateOnly, 0.0, residual(rateOnly, 0.0, sf, sff, sfy, n, sy, syy));
        if (!fitBackground || n == 0) {
            return best;
        }
        double backgroundOnly = Math.max(0.0, sy / n);
        double bgSse = residual(0.0, backgroundOnly, sf, sff, sfy, n, sy, syy);
        best = better(best, new Fit(source, 0.0, backgroundOnly, bgSse));
        double det = n * sff - sf * sf;
        if (det > 0) {
            double q = (n * sfy - sf * sy) / det;
            double b = (sy - q * sf) / n;
            if (q >= 0 && b >= 0) {
                best =
                        better(
                                best,
                                new Fit(source, q, b, residual(q, b, sf, sff, sfy, n, sy, syy)));
            }
        }
        return best;
    }

    /**
     * The background-only (or, without background, the zero) model every candidate is compared
     * with.
     */
    static Fit backgroundOnly(Samples samples, boolean fitBackground) {
        double n = samples.count();
        double b = fitBackground && n > 0 ? Math.max(0.0, samples.sumY() / n) : 0.0;
        return new Fit(null, 0.0, b, residual(0.0, b, 0, 0, 0, n, samples.sumY(), samples.sumYy()));
    }

    /** Σ(y − b − q f)² expanded in the sums; clamped at 0 against rounding. */
    static double residual(
            double q,
            double b,
            double sf,
            double sff,
            double sfy,
            double n,
            double sy,
            double syy) {
        double value = syy - 2 * q * sfy - 2 * b * sy + q * q * sff + 2 * q * b * sf + b * b * n;
        return Math.max(0.0, value);
    }

    private static Fit better(Fit a, Fit b) {
        return b.sse < a.sse ? b : a;
    }
}
