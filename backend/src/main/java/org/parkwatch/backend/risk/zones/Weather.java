package org.parkwatch.backend.risk.zones;

import org.parkwatch.model.consequence.StabilityClass;

/**
 * The weather a threat-zone run uses.
 *
 * @param windFromDeg wind FROM direction, degrees clockwise from north (meteorological)
 * @param windSpeedMPerS wind speed at 10 m, m/s
 * @param airTemperatureK air temperature, K
 * @param cloudOktas cloud cover 0..8, or null when unknown
 * @param stability Pasquill class when given, null to derive it from wind, sun elevation and cloud
 * @param timeMs the time the weather stands for (sun elevation), epoch ms
 * @param source "live PARK.WS1 at 2026-…Z" or "manual" (or a mix, e.g. "manual wind, live
 *     temperature")
 */
public record Weather(
        double windFromDeg,
        double windSpeedMPerS,
        double airTemperatureK,
        Integer cloudOktas,
        StabilityClass stability,
        long timeMs,
        String source) {}
