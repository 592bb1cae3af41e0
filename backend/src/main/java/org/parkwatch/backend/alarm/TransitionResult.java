package org.parkwatch.backend.alarm;

/**
 * The result of applying an event to an alarm: accepted (with the journal entry when the state
 * changed) or refused with a reason a person can act on, in English and Chinese.
 *
 * @param entry the transition, or null when accepted without a state change (e.g. a clear while
 *     shelved)
 * @param reasonEn why it was refused, e.g. {@code cannot acknowledge E01.TK201.LT.HH: it is
 *     NORMAL}; null if accepted
 */
public record TransitionResult(
        boolean accepted,
        AlarmState from,
        AlarmState to,
        JournalEntry entry,
        String reasonEn,
        String reasonZh) {

    static TransitionResult unchanged(AlarmState s) {
        return new TransitionResult(true, s, s, null, null, null);
    }

    static TransitionResult moved(JournalEntry e) {
        return new TransitionResult(true, e.from(), e.to(), e, null, null);
    }

    static TransitionResult refused(
            AlarmEvent event, String alarmId, AlarmState s, String whyEn, String whyZh) {
        return new TransitionResult(
                false,
                s,
                s,
                null,
                "cannot " + event.verbEn() + " " + alarmId + ": " + whyEn,
                "无法" + event.verbZh() + " " + alarmId + "：" + whyZh);
    }

    /** True when the state changed. */
    public boolean changed() {
        return entry != null;
    }
}
