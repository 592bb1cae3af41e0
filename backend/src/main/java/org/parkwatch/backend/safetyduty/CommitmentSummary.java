package org.parkwatch.backend.safetyduty;

/**
 * The day's commitments in figures, for the big screen and the daily and quarterly reports.
 *
 * @param day the park's local date, ISO
 * @param enterprises enterprises that must declare
 * @param onTime declared by the deadline; {@code late} after it; {@code missing} not at all past
 *     it; {@code pending} not yet, the deadline ahead
 * @param notSafe declarations that do not declare a safe state
 * @param ratePercent on time / enterprises × 100, one decimal
 */
public record CommitmentSummary(
        String day,
        int enterprises,
        int onTime,
        int late,
        int missing,
        int pending,
        int notSafe,
        double ratePercent) {}
