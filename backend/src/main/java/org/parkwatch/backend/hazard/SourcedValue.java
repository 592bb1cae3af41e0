package org.parkwatch.backend.hazard;

/**
 * A property value with its unit and source; the source string ends with a status tag ([V], [P] or
 * [U]).
 *
 * @param value the number, in {@code unit}
 * @param unit unit symbol, e.g. {@code kg/m³}
 * @param source where the number comes from
 * @param note conditions or range (temperature, mixture), or empty
 */
public record SourcedValue(double value, String unit, String source, String note) {}
