package org.parkwatch.backend.tracker;

import java.time.LocalDate;
import java.util.List;

/**
 * One task (or plan-wide target) of the Henan plan as the tracker holds it, from the task file.
 *
 * @param id the plan's task number or range ({@code 1}, {@code 12-14}), or {@code T1}… for the
 *     plan-wide targets
 * @param target true for a plan-wide target rather than a task
 * @param leadZh lead department (牵头部门) in zh
 * @param deadline the date the task is due
 * @param initialStatus the status before any progress entry
 * @param initialPercent the progress before any progress entry, 0–100
 * @param figureKeys the platform figures that show this task's progress ({@link FigureCatalog}),
 *     empty when the platform has none
 * @param verified whether lead department and deadline were checked against the plan's text ([U]
 *     when not)
 */
public record PlanTask(
        String id,
        boolean target,
        String titleZh,
        String titleEn,
        String leadZh,
        String leadEn,
        LocalDate deadline,
        TaskStatus initialStatus,
        int initialPercent,
        List<String> figureKeys,
        boolean verified) {
    public PlanTask {
        figureKeys = List.copyOf(figureKeys);
    }
}
