package org.parkwatch.model.risk;

import java.util.List;

/**
 * One scenario outcome placed in the park: f_s·P_outcome and its lethality field under each weather
 * class.
 *
 * @param id label (scenario and branch, e.g. {@code T1-10mm-jetfire})
 * @param sourceEastM source position, local metres east
 * @param sourceNorthM source position, local metres north
 * @param frequencyPerYear f_s·P_outcome (/yr)
 * @param byWeather lethality per weather class, same order as the QRA's weather list; null entries
 *     mean no effect in that class
 */
public record RiskOutcome(
        String id,
        double sourceEastM,
        double sourceNorthM,
        double frequencyPerYear,
        List<LethalityField> byWeather) {}
