package org.parkwatch.model.consequence;

/**
 * A named threshold level for a threat zone.
 *
 * @param id e.g. {@code ERPG-2}, {@code 12.5kW}, {@code 0.01MPa}
 * @param value the level in {@code unit}
 * @param unit {@code ppm}, {@code kW/m2} or {@code MPa}
 * @param textZh meaning in zh-CN
 * @param textEn meaning in English
 */
public record Threshold(String id, double value, String unit, String textZh, String textEn) {}
