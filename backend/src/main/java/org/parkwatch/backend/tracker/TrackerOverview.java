package org.parkwatch.backend.tracker;

import java.time.LocalDate;
import java.util.List;

/**
 * The tracker as of one moment, for one quarter: every task with its progress and figures, and the
 * day's safety figures.
 *
 * @param today the park day it was made (overdue is judged on it)
 * @param generatedMs when it was made (epoch ms)
 * @param zone the park's time zone id
 */
public record TrackerOverview(
        Quarter quarter,
        LocalDate today,
        long generatedMs,
        String zone,
        List<TaskView> tasks,
        DailySafety dailySafety) {
    public TrackerOverview {
        tasks = List.copyOf(tasks);
    }

    /** The progress entries filed in the quarter, oldest first. */
    public List<ProgressEntry> entriesInQuarter() {
        java.time.ZoneId z = java.time.ZoneId.of(zone);
        long from = quarter.fromMs(z);
        long to = quarter.toMs(z);
        return tasks.stream()
                .flatMap(t -> t.entries().stream())
                .filter(e -> e.tsMs() >= from && e.tsMs() < to)
                .sorted(java.util.Comparator.comparingLong(ProgressEntry::tsMs))
                .toList();
    }
}
