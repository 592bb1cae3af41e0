package org.parkwatch.backend.hazard.registry;

import java.time.LocalDate;

/**
 * An enterprise on the published blacklist (Henan plan task 22).
 *
 * @param enterpriseId enterprise
 * @param reason why it was listed
 * @param listedOn first day on the list
 * @param removedOn day it was removed, or null while listed
 * @param removalReason why it was removed, or null
 */
public record BlacklistEntry(
        String enterpriseId,
        String reason,
        LocalDate listedOn,
        LocalDate removedOn,
        String removalReason) {

    public BlacklistEntry {
        if (removedOn != null && removedOn.isBefore(listedOn)) {
            throw new IllegalArgumentException(
                    "blacklist entry of "
                            + enterpriseId
                            + ": removedOn "
                            + removedOn
                            + " is before listedOn "
                            + listedOn);
        }
    }

    /** Listed on {@code day}: on or after listing and before removal. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(listedOn) && (removedOn == null || day.isBefore(removedOn));
    }
}
