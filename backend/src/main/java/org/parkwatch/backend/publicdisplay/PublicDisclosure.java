package org.parkwatch.backend.publicdisplay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the environmental information disclosure page (环境信息公开) may show, at one instant: the
 * exceedances of the day and of the month by monitoring place and pollutant, and each enterprise's
 * discharge permit (排污许可证) state and validity. Like {@link PublicInputs} this record is the
 * allow-list: no alarm, tag or feature id, no journal note, no permit number and nothing about
 * inventories can reach the public route, because there is no field for it.
 *
 * @param countedToMs exceedances are counted up to this instant (now minus the public delay), epoch
 *     ms
 * @param day the park's calendar day of {@code countedToMs}
 * @param month the park's calendar month of {@code countedToMs}
 * @param exceedances one line per place, pollutant and limit with at least one exceedance this
 *     month, most recent first
 * @param permits one line per enterprise of the park, in the park's order
 */
public record PublicDisclosure(
        long countedToMs,
        LocalDate day,
        YearMonth month,
        List<Exceedance> exceedances,
        List<Permit> permits) {

    public PublicDisclosure {
        exceedances = List.copyOf(exceedances);
        permits = List.copyOf(permits);
    }

    /** Exceedances today (the park's day). */
    public int todayCount() {
        return exceedances.stream().mapToInt(Exceedance::today).sum();
    }

    /** Exceedances this month. */
    public int monthCount() {
        return exceedances.stream().mapToInt(Exceedance::month).sum();
    }

    /**
     * Exceedances of one limit at one monitoring place.
     *
     * @param placeZh the place's public name, e.g. 北界空气站
     * @param pollutantZh the pollutant as published (the AQI pollutants and wastewater parameters
     *     by symbol; the park's characteristic pollutants only as 特征污染物)
     * @param averagingZh the averaging period, e.g. 1 小时平均
     * @param standard the standard with edition, e.g. GB 3095-2012
     * @param limit the limit as text with its unit, e.g. ≤ 500 μg/m³
     * @param today activations today
     * @param month activations this month (today included)
     * @param lastMs the newest activation, epoch ms
     */
    public record Exceedance(
            String placeZh,
            String placeEn,
            String pollutantZh,
            String pollutantEn,
            String averagingZh,
            String averagingEn,
            String standard,
            String limit,
            int today,
            int month,
            long lastMs) {}

    /**
     * One enterprise's discharge permit.
     *
     * @param state its state on the park's day
     * @param validFrom first valid day; null when the enterprise has no permit on record
     * @param validUntil last valid day (inclusive); null when none is on record
     */
    public record Permit(
            String enterpriseZh,
            String enterpriseEn,
            PermitState state,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /** A discharge permit's state on a day. */
    public enum PermitState {
        /** Valid, and not expiring within the registry's "expiring soon" window. */
        VALID,
        /** Valid, expiring within the registry's "expiring soon" window (30 days). */
        EXPIRING,
        /** The newest permit on record has expired. */
        EXPIRED,
        /** The permit on record is not valid yet. */
        NOT_YET_VALID,
        /** No discharge permit on record. */
        NONE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
