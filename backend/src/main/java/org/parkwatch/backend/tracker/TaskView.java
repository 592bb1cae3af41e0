package org.parkwatch.backend.tracker;

import java.util.List;

/**
 * A plan task as the tracker shows it for a quarter.
 *
 * @param status the latest entry's status, or the task file's before any entry
 * @param percent the latest entry's progress, or the task file's before any entry
 * @param overdue the deadline has passed (park day) and the task is not done
 * @param entries every progress entry of the task, oldest first
 * @param figures the platform's figures for it; empty when the platform has none
 */
public record TaskView(
        PlanTask task,
        TaskStatus status,
        int percent,
        boolean overdue,
        List<ProgressEntry> entries,
        List<PlatformFigure> figures) {
    public TaskView {
        entries = List.copyOf(entries);
        figures = List.copyOf(figures);
    }
}
