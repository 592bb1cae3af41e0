package org.parkwatch.backend.dualprevention;

/**
 * An inspection task (排查任务) of a risk point with its frequency; {@code lastInspectedMs} is the
 * newest record's time (null: never).
 */
public record InspectionTask(
        String id,
        String riskPointId,
        String content,
        InspectionFrequency frequency,
        long createdMs,
        Long lastInspectedMs) {

    /** When the next inspection is due: a period after the last one (or after the task began). */
    public long dueMs() {
        return (lastInspectedMs == null ? createdMs : lastInspectedMs) + frequency.periodMs();
    }

    public boolean overdue(long nowMs) {
        return nowMs > dueMs();
    }
}
