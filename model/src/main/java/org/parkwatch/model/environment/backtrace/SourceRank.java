package org.parkwatch.model.environment.backtrace;

/**
 * One candidate's place in a back-trace ranking.
 *
 * @param rank 1 = best
 * @param source the candidate
 * @param releaseRateKgPerS fitted non-negative release rate (kg/s)
 * @param backgroundUgPerM3 fitted background (μg/m³; 0 when not fitted)
 * @param sumSquaresUg2 residual sum of squares of the fit ((μg/m³)²)
 * @param explainedFraction 1 − SSE / SSE of the background-only model (0 when the source explains
 *     nothing)
 * @param confidence posterior probability among the ranked candidates (sums to 1 over the ranking)
 */
public record SourceRank(
        int rank,
        CandidateSource source,
        double releaseRateKgPerS,
        double backgroundUgPerM3,
        double sumSquaresUg2,
        double explainedFraction,
        double confidence) {}
