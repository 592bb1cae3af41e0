package org.parkwatch.backend.risk.zones;

import java.util.List;

/**
 * Merges the weather a caller gives with the live weather-station reading: a given field wins; a
 * missing one comes from the live tag when usable. Without wind from either, the request fails
 * naming the field and why the live value is unusable. Pure.
 */
final class ZoneWeather {
    private ZoneWeather() {}

    /**
     * @param live the live reading, or null when there is no live state
     * @param notes receives what was assumed or not usable (e.g. "PARK.WS1.TA is stale")
     */
    static Weather resolve(
            ZoneRequest req, LiveWeather.Reading live, long nowMs, List<String> notes) {
        boolean manual = "manual".equals(req.weatherMode());
        LiveWeather.Reading l = manual || live == null ? null : live;
        Double from =
                req.windFromDeg() != null ? req.windFromDeg() : l == null ? null : l.windFromDeg();
        Double speed =
                req.windSpeedMPerS() != null
                        ? req.windSpeedMPerS()
                        : l == null ? null : l.windSpeedMPerS();
        String why =
                manual
                        ? "required with weather=manual"
                        : "not given and no usable live value"
                                + (l == null ? " (no live weather)" : ": " + l.notes());
        if (from == null) throw new ZoneInputException("windFromDeg", why);
        if (speed == null) throw new ZoneInputException("windSpeedMPerS", why);
        if (!(speed > 0))
            throw new ZoneInputException(
                    "windSpeedMPerS",
                    "live wind speed is " + speed + " m/s (calm): give windSpeedMPerS > 0");
        boolean liveWind = req.windFromDeg() == null || req.windSpeedMPerS() == null;
        boolean manualWind = req.windFromDeg() != null || req.windSpeedMPerS() != null;
        String source =
                !liveWind ? "manual" : manualWind ? "manual + " + l.describe() : l.describe();
        Double tempC =
                req.airTemperatureC() != null
                        ? req.airTemperatureC()
                        : l == null ? null : l.airTemperatureC();
        if (tempC == null) notes.add("air temperature unknown: 25 °C assumed");
        Integer oktas = req.cloudOktas();
        if (oktas == null && l != null && l.cloudOktas() != null) {
            oktas = (int) Math.max(0, Math.min(8, Math.round(l.cloudOktas())));
        }
        if (l != null) notes.addAll(l.notes());
        long time =
                req.timeMs() != null
                        ? req.timeMs()
                        : liveWind && l.timeMs() > 0 ? l.timeMs() : nowMs;
        return new Weather(
                normalise(from),
                speed,
                tempC == null ? ZoneAssumptions.DEFAULT_AIR_TEMPERATURE_K : tempC + 273.15,
                oktas,
                req.stability(),
                time,
                source);
    }

    private static double normalise(double deg) {
        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }
}
