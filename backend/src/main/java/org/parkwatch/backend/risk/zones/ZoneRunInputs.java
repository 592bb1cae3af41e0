package org.parkwatch.backend.risk.zones;

import java.util.List;

/**
 * What a threat-zone run used, as later runs need it: the place, chemical and release to repeat it
 * ({@link ZoneRequest#repeating}) and the wind to tell whether the live wind has changed since
 * ({@link IncidentZones#windChanged}). Read from the run's {@code inputs} ({@link
 * ThreatZoneJson#inputs}); a value the run did not record is NaN, or null for text and the wind.
 *
 * @param lon release point, EPSG:4326 (NaN when the run was at a feature)
 * @param chemical CAS number of the chemical, its id where it has none
 * @param rateBasisEn how the rate was set: {@code given}, or the typical leak's basis in words
 * @param releaseRateKgPerS release rate used, kg/s
 * @param massKg released mass, kg
 * @param releaseHeightM release height, m
 * @param outcomes outcome ids ({@code toxic}, {@code poolfire} …)
 * @param terrain terrain name in lower case, or null
 * @param windFromDeg wind direction used, degrees clockwise from north the wind blows from
 * @param windSpeedMPerS wind speed used, m/s
 * @param weatherSource where the weather came from; starts with {@code manual} for an operator's
 *     fixed wind
 */
public record ZoneRunInputs(
        double lon,
        double lat,
        String featureId,
        String chemical,
        String rateBasisEn,
        double releaseRateKgPerS,
        double massKg,
        double releaseHeightM,
        List<String> outcomes,
        String terrain,
        Double windFromDeg,
        Double windSpeedMPerS,
        String weatherSource) {

    public ZoneRunInputs {
        outcomes = List.copyOf(outcomes);
    }
}
