package org.parkwatch.backend.alarm;

/**
 * One active SIS bypass as the register sees it.
 *
 * @param bypassTagId the sis-bypass tag, e.g. {@code E01.SIS1.BYP}
 * @param sisId the SIS, e.g. {@code E01.SIS1}
 * @param sinceMs when the bypass became active, epoch ms
 * @param durationMs how long it has been active at the evaluation time
 * @param permitNumber the permit that covers it now, or that covered it before expiring; null if
 *     none
 * @param verdict covered, no permit (high alarm) or permit expired (critical alarm)
 */
public record BypassStatus(
        String bypassTagId,
        String sisId,
        String enterpriseId,
        String featureId,
        long sinceMs,
        long durationMs,
        String permitNumber,
        Verdict verdict) {

    public enum Verdict {
        COVERED(null),
        NO_PERMIT(Priority.HIGH),
        PERMIT_EXPIRED(Priority.CRITICAL);

        private final Priority priority;

        Verdict(Priority priority) {
            this.priority = priority;
        }

        /** Alarm priority of this verdict; null when covered. */
        public Priority priority() {
            return priority;
        }
    }
}
