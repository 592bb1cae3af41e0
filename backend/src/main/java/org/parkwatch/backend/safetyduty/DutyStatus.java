package org.parkwatch.backend.safetyduty;

/**
 * One duty's state at a time: the responsible person, the last check and when the next is due.
 *
 * @param lastCheckMs the newest check of this unit and role, or null
 * @param dueMs when the next check is due, epoch ms
 * @param overdue the due time has passed
 */
public record DutyStatus(
        Responsible responsible,
        DutyCycles.Cycle cycle,
        Long lastCheckMs,
        long dueMs,
        boolean overdue) {}
