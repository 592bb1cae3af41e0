package org.parkwatch.backend.workpermit;

/**
 * A list filter; null fields do not filter.
 *
 * @param state only permits in this state
 * @param kind only this kind
 * @param enterpriseId only this enterprise's
 * @param dayFromMs with {@code dayToMs}: only permits whose window overlaps this day
 * @param activeAtMs only permits active at this time ({@link SpecialWorkPermit#activeAt}); null =
 *     any
 */
public record WorkPermitQuery(
        WorkState state,
        WorkKind kind,
        String enterpriseId,
        Long dayFromMs,
        Long dayToMs,
        Long activeAtMs) {
    public static final WorkPermitQuery ALL =
            new WorkPermitQuery(null, null, null, null, null, null);

    public boolean matches(SpecialWorkPermit p) {
        if (state != null && p.state() != state) return false;
        if (kind != null && p.kind() != kind) return false;
        if (enterpriseId != null && !enterpriseId.equals(p.enterpriseId())) return false;
        if (dayFromMs != null && !p.overlaps(dayFromMs, dayToMs)) return false;
        return activeAtMs == null || p.activeAt(activeAtMs);
    }
}
