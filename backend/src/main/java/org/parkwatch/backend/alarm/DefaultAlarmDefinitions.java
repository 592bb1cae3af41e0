package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * Builds the park's starting alarm definitions from the gis-data tag list: design limits →
 * HH/H/L/LL, discrete SIS and detector signals → state alarms, setpoint tags → deviation alarms,
 * one feed-lost alarm per enterprise. A JSON config ({@link AlarmConfigLoader}) overrides them.
 */
public final class DefaultAlarmDefinitions {

    /**
     * Deadband as a share of the instrument range, by kind. [U] Working values after common
     * practice guidance for alarm deadbands (flow/level 5 %, pressure 2 %, temperature 1 %;
     * docs/domain/alarms.md §Good-practice knobs asks for a deadband but gives no figures); gas
     * detectors get 1 % so that a clear is still possible below their low H limits.
     */
    public static final Map<TagKind, Double> DEADBAND_PERCENT_OF_RANGE =
            Map.of(
                    TagKind.LEVEL,
                    5.0,
                    TagKind.FLOW,
                    5.0,
                    TagKind.PRESSURE,
                    2.0,
                    TagKind.TEMPERATURE,
                    1.0,
                    TagKind.GAS_TOXIC,
                    1.0,
                    TagKind.GAS_FLAMMABLE,
                    1.0);

    /** Deviation band for setpoint tags, % of range. [U] working value. */
    public static final double DEVIATION_BAND_PERCENT_OF_RANGE = 5.0;

    /** On-delay of gas alarms: a single noisy reading must not raise a leak. [U] working value. */
    public static final long GAS_ON_DELAY_MS = 2_000;

    /**
     * Off-delay of analogue process alarms against chattering (docs/domain/alarms.md §Good-practice
     * knobs). [U] working value.
     */
    public static final long PROCESS_OFF_DELAY_MS = 5_000;

    /**
     * Priority of a gas reading's bad-quality and stale alarms, as for a detector fault. [U]
     * working value.
     */
    public static final Priority QUALITY_PRIORITY = Priority.MEDIUM;

    private DefaultAlarmDefinitions() {}

    /** Defaults for every tag of the catalogue, in tag-list order. */
    public static List<AlarmDefinition> from(ParkCatalog catalog) {
        List<TagDefinition> tags = catalog.allTags();
        Map<String, TagDefinition> byId =
                tags.stream().collect(Collectors.toMap(TagDefinition::id, Function.identity()));
        Map<String, String> runTagByFeature =
                tags.stream()
                        .filter(t -> t.kind() == TagKind.RUN_STATE)
                        .collect(
                                Collectors.toMap(
                                        TagDefinition::featureId, TagDefinition::id, (a, b) -> a));
        List<AlarmDefinition> out = new ArrayList<>();
        Set<String> enterprises = new LinkedHashSet<>();
        for (TagDefinition t : tags) {
            enterprises.add(t.enterpriseId());
            if (t.kind().isDiscrete()) {
                discrete(t).ifPresent(out::add);
                if (t.kind() == TagKind.SIS_BYPASS) bypassPermit(t, out);
            } else if (t.kind() == TagKind.SETPOINT) {
                deviation(t, byId).ifPresent(out::add);
            } else {
                limits(t, runTagByFeature.get(t.featureId()), out);
                if (t.kind() == TagKind.GAS_TOXIC || t.kind() == TagKind.GAS_FLAMMABLE)
                    quality(t, out);
            }
        }
        for (String e : enterprises) {
            out.add(feedAlarm(e, AlarmType.FEED_LOST, Priority.HIGH));
            out.add(feedAlarm(e, AlarmType.FEED_FROZEN, Priority.HIGH));
            // a restarted sequence and quarantined samples are data-integrity notices, not a plant
            // condition
            out.add(feedAlarm(e, AlarmType.SEQ_RESET, Priority.MEDIUM));
            out.add(feedAlarm(e, AlarmType.IMPLAUSIBLE, Priority.MEDIUM));
        }
        return out;
    }

    private static AlarmDefinition feedAlarm(
            String enterpriseId, AlarmType type, Priority priority) {
        return new AlarmDefinition(
                enterpriseId + "." + type.suffix(),
                enterpriseId,
                null,
                null,
                type,
                priority,
                Double.NaN,
                0,
                0,
                0,
                0,
                null,
                false,
                null);
    }

    /** Default priority of a limit alarm on a tag of this kind. */
    public static Priority priorityFor(TagKind kind, AlarmType type) {
        boolean gas = kind == TagKind.GAS_TOXIC || kind == TagKind.GAS_FLAMMABLE;
        return switch (type) {
            case HH -> gas ? Priority.CRITICAL : Priority.HIGH;
            case H -> gas ? Priority.HIGH : Priority.LOW;
            case LL -> kind == TagKind.FLOW ? Priority.MEDIUM : Priority.HIGH;
            case L -> Priority.LOW;
            default -> Priority.LOW;
        };
    }

    /**
     * Bad-quality and stale alarms only for gas detector readings: a blind detector matters, while
     * quality alarms on every tag would flood the operator (the feed-lost alarm covers a whole
     * enterprise, docs/domain/alarms.md §Performance KPIs).
     */
    private static void quality(TagDefinition t, List<AlarmDefinition> out) {
        for (AlarmType type : new AlarmType[] {AlarmType.BAD_QUALITY, AlarmType.STALE}) {
            out.add(
                    new AlarmDefinition(
                            AlarmDefinition.idFor(t.id(), type),
                            t.enterpriseId(),
                            t.id(),
                            t.featureId(),
                            type,
                            QUALITY_PRIORITY,
                            Double.NaN,
                            0,
                            0,
                            0,
                            0,
                            null,
                            false,
                            null));
        }
    }

    private static void limits(TagDefinition t, String runTag, List<AlarmDefinition> out) {
        TagLimits lim = t.limits();
        double pct = DEADBAND_PERCENT_OF_RANGE.getOrDefault(t.kind(), 1.0);
        double deadband = (t.max() - t.min()) * pct / 100.0;
        boolean gas = t.kind() == TagKind.GAS_TOXIC || t.kind() == TagKind.GAS_FLAMMABLE;
        long onDelay = gas ? GAS_ON_DELAY_MS : 0;
        long offDelay = gas ? 0 : PROCESS_OFF_DELAY_MS;
        add(out, t, AlarmType.HH, lim.hh(), deadband, onDelay, offDelay, null);
        add(out, t, AlarmType.H, lim.h(), deadband, onDelay, offDelay, null);
        // low alarms on a unit that is shut down are expected: suppressed by design while the unit
        // is not running
        add(out, t, AlarmType.L, lim.l(), deadband, onDelay, offDelay, runTag);
        add(out, t, AlarmType.LL, lim.ll(), deadband, onDelay, offDelay, runTag);
    }

    private static void add(
            List<AlarmDefinition> out,
            TagDefinition t,
            AlarmType type,
            Double limit,
            double deadband,
            long onDelay,
            long offDelay,
            String suppressTag) {
        if (limit == null) return;
        out.add(
                new AlarmDefinition(
                        AlarmDefinition.idFor(t.id(), type),
                        t.enterpriseId(),
                        t.id(),
                        t.featureId(),
                        type,
                        priorityFor(t.kind(), type),
                        limit,
                        deadband,
                        onDelay,
                        offDelay,
                        0,
                        null,
                        false,
                        suppressTag));
    }

    private static Optional<AlarmDefinition> discrete(TagDefinition t) {
        Priority p =
                switch (t.kind()) {
                    case SIS_TRIP, SIS_BYPASS -> Priority.HIGH;
                    case DETECTOR_FAULT -> Priority.MEDIUM;
                    default -> null;
                };
        if (p == null) return Optional.empty();
        return Optional.of(
                new AlarmDefinition(
                        AlarmDefinition.idFor(t.id(), AlarmType.DISCRETE),
                        t.enterpriseId(),
                        t.id(),
                        t.featureId(),
                        AlarmType.DISCRETE,
                        p,
                        1,
                        0,
                        0,
                        0,
                        0,
                        null,
                        t.kind() == TagKind.SIS_TRIP,
                        null));
    }

    /**
     * Bypass without a valid permit → high; a bypass that outlives its permit escalates → critical
     * (issue 5).
     */
    private static void bypassPermit(TagDefinition t, List<AlarmDefinition> out) {
        out.add(
                new AlarmDefinition(
                        AlarmDefinition.idFor(t.id(), AlarmType.BYPASS_NO_PERMIT),
                        t.enterpriseId(),
                        t.id(),
                        t.featureId(),
                        AlarmType.BYPASS_NO_PERMIT,
                        Priority.HIGH,
                        Double.NaN,
                        0,
                        0,
                        0,
                        0,
                        null,
                        false,
                        null));
        out.add(
                new AlarmDefinition(
                        AlarmDefinition.idFor(t.id(), AlarmType.BYPASS_PERMIT_EXPIRED),
                        t.enterpriseId(),
                        t.id(),
                        t.featureId(),
                        AlarmType.BYPASS_PERMIT_EXPIRED,
                        Priority.CRITICAL,
                        Double.NaN,
                        0,
                        0,
                        0,
                        0,
                        null,
                        false,
                        null));
    }

    /**
     * A setpoint tag {@code X_SP} drives a deviation alarm on the process value tag {@code X} when
     * it exists.
     */
    private static Optional<AlarmDefinition> deviation(
            TagDefinition sp, Map<String, TagDefinition> byId) {
        if (!sp.id().endsWith("_SP")) return Optional.empty();
        TagDefinition pv = byId.get(sp.id().substring(0, sp.id().length() - 3));
        if (pv == null) return Optional.empty();
        double band = (pv.max() - pv.min()) * DEVIATION_BAND_PERCENT_OF_RANGE / 100.0;
        return Optional.of(
                new AlarmDefinition(
                        AlarmDefinition.idFor(pv.id(), AlarmType.DEVIATION),
                        pv.enterpriseId(),
                        pv.id(),
                        pv.featureId(),
                        AlarmType.DEVIATION,
                        Priority.LOW,
                        band,
                        band / 10,
                        0,
                        PROCESS_OFF_DELAY_MS,
                        0,
                        sp.id(),
                        false,
                        null));
    }
}
