package org.parkwatch.backend.alarm;

import java.util.List;

/**
 * A work permit that authorises SIS bypasses. An enterprise requests it; it covers a bypass only
 * once the park (an operator or administrator) has approved it (issue 19, D4). A permit entered by
 * the park is approved by its entry.
 *
 * @param number permit number, e.g. {@code E01-2026-0412}
 * @param scope bypass tag ids ({@code E01.SIS1.BYP}) or SIS ids ({@code E01.SIS1}) it covers
 * @param validFromMs start of validity, epoch ms (inclusive)
 * @param validToMs end of validity, epoch ms (exclusive)
 * @param enteredBy the logged-in user who entered it (never a name from the request)
 * @param signatory who signed the paper permit, as written on it (free text, may be null); not a
 *     login
 * @param approvedBy the park user who approved it, null while it is only requested
 * @param approvedAtMs when it was approved, epoch ms; 0 while requested
 */
public record WorkPermit(
        String number,
        List<String> scope,
        long validFromMs,
        long validToMs,
        String enteredBy,
        String signatory,
        String approvedBy,
        long approvedAtMs) {
    public WorkPermit {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** A permit entered and approved by the same park user (no paper signatory recorded). */
    public WorkPermit(
            String number, List<String> scope, long validFromMs, long validToMs, String enteredBy) {
        this(number, scope, validFromMs, validToMs, enteredBy, null, enteredBy, validFromMs);
    }

    /** A permit as requested, waiting for the park's approval. */
    public static WorkPermit requested(
            String number,
            List<String> scope,
            long validFromMs,
            long validToMs,
            String enteredBy,
            String signatory) {
        return new WorkPermit(number, scope, validFromMs, validToMs, enteredBy, signatory, null, 0);
    }

    public boolean approved() {
        return approvedBy != null;
    }

    /** This permit approved by {@code user} at {@code atMs}. */
    public WorkPermit approve(String user, long atMs) {
        return new WorkPermit(
                number, scope, validFromMs, validToMs, enteredBy, signatory, user, atMs);
    }

    /**
     * True if the permit is approved, names this bypass tag or its SIS and is valid at {@code
     * atMs}.
     */
    public boolean covers(String bypassTagId, String sisId, long atMs) {
        return approved() && names(bypassTagId, sisId) && atMs >= validFromMs && atMs < validToMs;
    }

    /** True if the permit names this bypass tag or its SIS, whatever the time. */
    public boolean names(String bypassTagId, String sisId) {
        return scope.contains(bypassTagId) || scope.contains(sisId);
    }
}
