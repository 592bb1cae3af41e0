package org.parkwatch.backend.dualprevention;

/**
 * Where dual prevention reports the overdue alarms it decides (the alarm service's {@code
 * offerCondition}): from any thread, applied on the alarm service's next tick, the journal entries
 * commented with {@code note}.
 */
@FunctionalInterface
public interface AlarmConditions {
    void offer(String alarmId, boolean active, double value, String note);
}
