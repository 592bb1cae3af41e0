package org.parkwatch.backend.safetyduty;

/**
 * A check filed by a responsible person: who checked which installation when, and what they found.
 *
 * @param id 0 until stored
 * @param checkedMs when the check took place, epoch ms
 * @param filedBy the user who filed it; {@code filedMs} when
 */
public record DutyCheck(
        long id,
        String unitId,
        DutyRole role,
        String enterpriseId,
        String person,
        long checkedMs,
        String findings,
        String filedBy,
        long filedMs) {

    DutyCheck withId(long newId) {
        return new DutyCheck(
                newId, unitId, role, enterpriseId, person, checkedMs, findings, filedBy, filedMs);
    }
}
