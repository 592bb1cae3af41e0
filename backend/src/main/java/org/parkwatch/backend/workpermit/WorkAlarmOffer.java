package org.parkwatch.backend.workpermit;

/**
 * Where the cross-checks report the condition of the alarms they decide (the alarm service's {@code
 * offerCondition}): from any thread, applied on the alarm service's next tick, the journal entry
 * commented with {@code note}.
 */
@FunctionalInterface
public interface WorkAlarmOffer {
    void offer(String alarmId, boolean active, double value, String note);
}
