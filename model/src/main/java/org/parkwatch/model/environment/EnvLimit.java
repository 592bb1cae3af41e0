package org.parkwatch.model.environment;

/**
 * One limit value with its source: a maximum (and, for pH, a minimum) for a pollutant in a medium
 * over an averaging period.
 *
 * @param id stable identifier, unique in its file
 * @param medium ambient air, fence line or wastewater
 * @param pollutant what is limited
 * @param averaging averaging period the value applies to
 * @param min lower bound (pH), NaN when there is none
 * @param max upper bound, NaN when there is none
 * @param unit unit of min and max, one of {@link Medium#units()}
 * @param standard the standard or permit, with edition (e.g. {@code GB 3095-2012})
 * @param clause clause or table of the standard
 * @param status V verified against the text, P transcribed but not re-checked, U unverified
 * @param note free text (may be empty)
 */
public record EnvLimit(
        String id,
        Medium medium,
        Pollutant pollutant,
        AveragingPeriod averaging,
        double min,
        double max,
        String unit,
        String standard,
        String clause,
        Status status,
        String note) {

    /** How far a value has been checked against its source. */
    public enum Status {
        V,
        P,
        U
    }

    /** True when {@code value} (in {@link #unit()}) lies outside the limit. */
    public boolean exceededBy(double value) {
        return (!Double.isNaN(max) && value > max) || (!Double.isNaN(min) && value < min);
    }
}
