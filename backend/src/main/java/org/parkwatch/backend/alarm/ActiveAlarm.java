package org.parkwatch.backend.alarm;

/**
 * An alarm that is not NORMAL, as the active list and its snapshot (persisted by the store) hold
 * it.
 *
 * @param conditionActive whether the condition itself is active (differs from the state while
 *     shelved etc.)
 * @param activatedMs last activation time, epoch ms
 * @param lastChangeMs last state change, epoch ms
 * @param value tag value at the last condition change (NaN if none)
 * @param shelvedUntilMs end of the shelving, epoch ms; 0 when not shelved
 */
public record ActiveAlarm(
        String alarmId,
        String enterpriseId,
        String tagId,
        String featureId,
        Priority priority,
        AlarmState state,
        boolean conditionActive,
        long activatedMs,
        long lastChangeMs,
        double value,
        long shelvedUntilMs,
        String shelveReason,
        String shelvedBy) {}
