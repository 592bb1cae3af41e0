package org.parkwatch.backend.alarm;

import java.util.List;

/**
 * A work permit that authorises SIS bypasses (entered through the API/UI).
 *
 * @param number      permit number, e.g. {@code E01-2026-0412}
 * @param scope       bypass tag ids ({@code E01.SIS1.BYP}) or SIS ids ({@code E01.SIS1}) it covers
 * @param validFromMs start of validity, epoch ms (inclusive)
 * @param validToMs   end of validity, epoch ms (exclusive)
 * @param enteredBy   who entered it
 */
public record WorkPermit(String number, List<String> scope, long validFromMs, long validToMs, String enteredBy) {
    public WorkPermit {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** True if the permit names this bypass tag or its SIS and is valid at {@code atMs}. */
    public boolean covers(String bypassTagId, String sisId, long atMs) {
        return (scope.contains(bypassTagId) || scope.contains(sisId)) && atMs >= validFromMs && atMs < validToMs;
    }

    /** True if the permit names this bypass tag or its SIS, whatever the time. */
    public boolean names(String bypassTagId, String sisId) {
        return scope.contains(bypassTagId) || scope.contains(sisId);
    }
}
