package org.parkwatch.backend.publicdisplay;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The only place where the public display touches domain objects: reads live state and the alarm
 * service and copies the allowed values into a {@link PublicInputs}. Process alarms become two
 * counts (monitoring alarms such as a lost feed are not counted), incidents one; air-quality tags
 * of an allowed {@link Pollutant} become readings by station name and number — no tag, feature or
 * alarm id leaves here. Call on the backend's ingest context (where live state and alarms live).
 */
public final class PublicInputsSource {
    private record AirTag(
            String tagId,
            int station,
            String stationZh,
            String stationEn,
            Pollutant pollutant,
            String unit,
            double high,
            double highHigh) {}

    /**
     * Alarms about the monitoring itself (a stale tag, bad quality, a lost feed) do not change the
     * public safety status: they say nothing about the plant, only about the link to it.
     */
    static final Set<AlarmType> TELEMETRY_ALARMS =
            EnumSet.of(
                    AlarmType.STALE,
                    AlarmType.BAD_QUALITY,
                    AlarmType.FEED_LOST,
                    AlarmType.FEED_FROZEN,
                    AlarmType.SEQ_RESET,
                    AlarmType.IMPLAUSIBLE);

    private final LiveState live;
    private final DrillTimes drills;
    private final AlarmService alarms;
    private final List<AirTag> airTags = new ArrayList<>();

    /**
     * @param alarms the alarm service, or null when alarms are not installed (status then counts
     *     nothing)
     */
    public PublicInputsSource(ParkCatalog park, LiveState live, AlarmService alarms) {
        this(park, live, alarms, DrillTimes.NONE);
    }

    /**
     * As above; alarms activated and incidents opened during a drill ({@code drills}) are not
     * counted: a drill is never shown to the public.
     */
    public PublicInputsSource(
            ParkCatalog park, LiveState live, AlarmService alarms, DrillTimes drills) {
        this.live = live;
        this.alarms = alarms;
        this.drills = drills;
        Map<String, String[]> stationNames = AirStationReader.names(park);
        Map<String, Integer> stationNumbers = new LinkedHashMap<>();
        for (TagDefinition t : park.allTags()) {
            if (t.kind() != TagKind.AIR_QUALITY) continue;
            Optional<Pollutant> p =
                    Pollutant.ofSignal(t.id().substring(t.id().lastIndexOf('.') + 1));
            if (p.isEmpty()) continue;
            int n = stationNumbers.computeIfAbsent(t.featureId(), f -> stationNumbers.size() + 1);
            String[] names =
                    stationNames.getOrDefault(
                            t.featureId(), new String[] {"空气站 " + n, "Air station " + n});
            airTags.add(
                    new AirTag(
                            t.id(),
                            n,
                            names[0],
                            names[1],
                            p.get(),
                            t.unit(),
                            limit(t.limits().h()),
                            limit(t.limits().hh())));
        }
    }

    /** The allowed values now. */
    public PublicInputs read(long nowMs) {
        int critical = 0, high = 0, incidents = 0;
        long lastIncidentMs = -1;
        if (alarms != null) {
            for (ActiveAlarm a : alarms.manager().active()) {
                if (a.state() != AlarmState.UNACK_ACTIVE && a.state() != AlarmState.ACK_ACTIVE)
                    continue;
                boolean telemetry =
                        alarms.manager()
                                .definition(a.alarmId())
                                .map(d -> TELEMETRY_ALARMS.contains(d.type()))
                                .orElse(true);
                if (telemetry || drills.during(a.activatedMs())) continue;
                if (a.priority() == Priority.CRITICAL) critical++;
                else if (a.priority() == Priority.HIGH) high++;
            }
            for (Incident i : alarms.incidents()) {
                if (drills.during(i.openedMs())) continue;
                if (i.state() == Incident.State.OPEN) incidents++;
                lastIncidentMs = Math.max(lastIncidentMs, i.openedMs());
            }
        }
        List<PublicInputs.AirReading> air = new ArrayList<>(airTags.size());
        for (AirTag a : airTags) {
            air.add(
                    new PublicInputs.AirReading(
                            a.station(),
                            a.stationZh(),
                            a.stationEn(),
                            a.pollutant(),
                            usable(live.tag(a.tagId())),
                            a.unit(),
                            a.high(),
                            a.highHigh()));
        }
        return new PublicInputs(nowMs, critical, high, incidents, lastIncidentMs, air);
    }

    private static double usable(TagState t) {
        if (t == null || !t.hasValue() || t.stale() || t.quality() == Quality.BAD)
            return Double.NaN;
        return t.value() instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double limit(Double v) {
        return v == null ? Double.NaN : v;
    }
}
