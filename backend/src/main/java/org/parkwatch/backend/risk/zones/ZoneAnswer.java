package org.parkwatch.backend.risk.zones;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One computed release, as {@link ThreatZoneService#compute} answers it: the release and weather
 * used, the zones of each outcome projected to EPSG:4326 with who and what lies in them, and the
 * nearest resources outside. The API's JSON is written from it by {@link
 * ThreatZoneJson#of(ZoneAnswer)}.
 *
 * @param basisZh how the rate was set, zh-CN ({@code 给定} or the typical leak in words)
 * @param basisEn the same in English ({@code given} or the typical leak in words)
 * @param notes weather notes (stale station, fields taken from defaults)
 * @param computedMs the time of the run, epoch ms
 */
public record ZoneAnswer(
        Release release,
        Weather weather,
        ZoneCalculator.Result result,
        List<ProjectedOutcome> outcomes,
        ExposureAnalyser.Resources resources,
        String basisZh,
        String basisEn,
        List<String> notes,
        long computedMs) {

    public ZoneAnswer {
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    /**
     * One outcome's zones in EPSG:4326 with their content, most severe first like {@link
     * OutcomeZones#zones()}.
     */
    public record ProjectedOutcome(
            OutcomeZones zones,
            List<Geometry> areas,
            List<ExposureAnalyser.ZoneContent> contents) {}
}
