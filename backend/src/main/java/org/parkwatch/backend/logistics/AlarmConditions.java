package org.parkwatch.backend.logistics;

/**
 * Where the logistics capability reports the condition of an alarm it decides (the alarm service's
 * {@code offerCondition}): from any thread, applied on the alarm service's next tick, the journal
 * entries commented with {@code note}.
 */
@FunctionalInterface
public interface AlarmConditions {
    void offer(String alarmId, boolean active, double value, String note);
}
