package org.parkwatch.backend.hazard.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A licence or permit of an enterprise (安全生产许可证, 危险化学品经营许可证, 排污许可证 …) with its validity.
 *
 * @param enterpriseId holder
 * @param kind kind of licence, free text (e.g. 安全生产许可证)
 * @param number licence number
 * @param validFrom first valid day
 * @param validUntil last valid day (inclusive)
 */
public record Licence(
        String enterpriseId,
        String kind,
        String number,
        LocalDate validFrom,
        LocalDate validUntil) {

    /** Window for "expiring soon" in the registry views (days). */
    public static final int EXPIRING_SOON_DAYS = 30;

    public Licence {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException(
                    "licence "
                            + number
                            + ": validUntil "
                            + validUntil
                            + " is before validFrom "
                            + validFrom);
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /**
     * Valid on {@code day} and expiring on one of the next {@code days} days ({@code day} itself
     * included).
     */
    public boolean expiresWithin(LocalDate day, int days) {
        return isValidOn(day) && validUntil.isBefore(day.plusDays(days));
    }

    /** Valid today and expiring within {@link #EXPIRING_SOON_DAYS} days. */
    public boolean expiringSoon(LocalDate today) {
        return expiresWithin(today, EXPIRING_SOON_DAYS);
    }
}
