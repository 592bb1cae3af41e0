package org.parkwatch.backend.risk.zones;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Reads the park weather station's tags (wind direction and speed, air temperature, cloud cover;
 * the first tag of each kind in the park's tag lists, e.g. {@code PARK.WS1.WD}) from {@link
 * LiveState}. A tag that is missing, stale or of bad quality gives no value and a note saying why.
 * Call on the backend's ingest context (LiveState's single-writer context).
 */
public final class LiveWeather {
    private final LiveState live;
    private final String windFromTag;
    private final String windSpeedTag;
    private final String temperatureTag;
    private final String cloudTag;

    /**
     * One reading.
     *
     * @param windFromDeg null when not usable
     * @param windSpeedMPerS null when not usable
     * @param airTemperatureC null when not usable
     * @param cloudOktas null when not usable
     * @param timeMs newest source time among the usable wind values, 0 when none
     * @param station the station's feature id, e.g. {@code PARK-WS1}, or null
     * @param notes why values are missing (stale, bad, no tag)
     */
    public record Reading(
            Double windFromDeg,
            Double windSpeedMPerS,
            Double airTemperatureC,
            Double cloudOktas,
            long timeMs,
            String station,
            List<String> notes) {
        /** "live PARK-WS1 at 2026-…Z". */
        public String describe() {
            return "live " + station + " at " + Instant.ofEpochMilli(timeMs);
        }
    }

    public LiveWeather(ParkCatalog park, LiveState live) {
        this.live = live;
        this.windFromTag = first(park, TagKind.WIND_DIRECTION);
        this.windSpeedTag = first(park, TagKind.WIND_SPEED);
        this.temperatureTag = first(park, TagKind.AIR_TEMPERATURE);
        this.cloudTag = first(park, TagKind.CLOUD_COVER);
    }

    /** The wind-direction tag's id (for incident wind tracking), or null. */
    public String windFromTag() {
        return windFromTag;
    }

    public Reading read() {
        List<String> notes = new ArrayList<>();
        Double from = value(windFromTag, "wind direction", notes);
        Double speed = value(windSpeedTag, "wind speed", notes);
        Double temp = value(temperatureTag, "air temperature", notes);
        Double cloud = value(cloudTag, "cloud cover", notes);
        long t = 0;
        String station = null;
        for (String id : new String[] {windFromTag, windSpeedTag}) {
            TagState s = id == null ? null : live.tag(id);
            if (s != null && s.hasValue()) t = Math.max(t, s.sourceMs());
            if (s != null && station == null) station = s.definition().featureId();
        }
        return new Reading(from, speed, temp, cloud, t, station, List.copyOf(notes));
    }

    private Double value(String tagId, String what, List<String> notes) {
        if (tagId == null) {
            notes.add("no " + what + " tag in the park's tag lists");
            return null;
        }
        TagState s = live.tag(tagId);
        if (s == null || !s.hasValue()) {
            notes.add(tagId + " (" + what + ") has no value yet");
            return null;
        }
        if (s.stale()) {
            notes.add(tagId + " (" + what + ") is stale");
            return null;
        }
        if (s.quality() != Quality.GOOD
                || !(s.value() instanceof Number n)
                || Double.isNaN(n.doubleValue())) {
            notes.add(tagId + " (" + what + ") has bad quality");
            return null;
        }
        return n.doubleValue();
    }

    private static String first(ParkCatalog park, TagKind kind) {
        return park.allTags().stream()
                .filter(t -> t.kind() == kind)
                .map(TagDefinition::id)
                .findFirst()
                .orElse(null);
    }
}
