package org.parkwatch.backend.alarm;

import java.util.List;
import java.util.Map;

/**
 * Alarm performance figures of one scope (an enterprise or an operator console) over a period;
 * targets in {@link AlarmKpiCalculator}.
 *
 * @param activations annunciated activations (A/D/E → B) in the period
 * @param perTenMinutes average activations per 10 minutes
 * @param maxInTenMinutes most activations in any sliding 10 minutes
 * @param perDay average activations per day (24 h)
 * @param floods flood periods (start above 10 in 10 min, end below 5)
 * @param floodIntervalPct share of the period's fixed 10-minute intervals with more than 10
 *     activations, %
 * @param chattering alarm ids activating 3 or more times within 60 s
 * @param fleeting alarm ids with an activation shorter than the fleeting threshold
 * @param stale alarm ids active longer than 24 h
 * @param top10 the ten most frequent alarms, most frequent first
 * @param top10SharePct share of all activations coming from the top 10, %
 * @param priorityCounts activations by priority
 * @param highMediumLowPct share of activations by target band: [critical+high, medium, low], %
 */
public record AlarmKpis(
        String scope,
        long fromMs,
        long toMs,
        int activations,
        double perTenMinutes,
        int maxInTenMinutes,
        double perDay,
        List<FloodPeriod> floods,
        double floodIntervalPct,
        List<String> chattering,
        List<String> fleeting,
        List<String> stale,
        List<AlarmCount> top10,
        double top10SharePct,
        Map<Priority, Integer> priorityCounts,
        double[] highMediumLowPct) {

    /**
     * A flood: from the activation that made more than 10 in 10 minutes to the moment fewer than 5
     * remained.
     */
    public record FloodPeriod(long startMs, long endMs, int activations) {}

    /** How often one alarm activated and its share of all activations (%). */
    public record AlarmCount(String alarmId, int count, double sharePct) {}
}
