package org.parkwatch.backend.logistics;

/**
 * The port through which logistics decides its ISA-18.2 alarms (parking overstay, loading without
 * the five checks): the composition root hands in the alarm service's externally decided
 * conditions.
 */
@FunctionalInterface
public interface AlarmOffer {
    /**
     * @param alarmId e.g. {@code PARK-HAZPARK.OVERSTAY}
     * @param active whether the condition holds
     * @param value the figure shown with it (minutes parked, checks missing)
     * @param note what the journal records (plates, missing checks)
     */
    void offer(String alarmId, boolean active, double value, String note);
}
