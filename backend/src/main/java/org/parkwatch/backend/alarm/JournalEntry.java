package org.parkwatch.backend.alarm;

/**
 * One alarm state transition, as the journal stores it.
 *
 * @param timeMs when, epoch ms (sample time for condition changes, the action time for operator
 *     actions)
 * @param alarmId alarm definition id
 * @param from state before
 * @param to state after
 * @param value tag value at the transition (NaN when none applies)
 * @param user who acted; null for condition changes, logic and expiry
 * @param comment operator comment, or the shelving reason; may be null
 */
public record JournalEntry(
        long timeMs,
        String alarmId,
        AlarmState from,
        AlarmState to,
        double value,
        String user,
        String comment) {

    /** True when this transition annunciates a new activation (A, D or E → B). */
    public boolean isActivation() {
        return to == AlarmState.UNACK_ACTIVE
                && (from == AlarmState.NORMAL
                        || from == AlarmState.RTN_UNACK
                        || from == AlarmState.LATCHED);
    }

    /** True when this transition is the condition clearing (B → D, C → A, B/C → E). */
    public boolean isClear() {
        return (from == AlarmState.UNACK_ACTIVE || from == AlarmState.ACK_ACTIVE)
                && (to == AlarmState.RTN_UNACK
                        || to == AlarmState.NORMAL
                        || to == AlarmState.LATCHED);
    }
}
