package org.parkwatch.backend.alarm;

import java.util.Objects;

/**
 * One configured alarm on one tag (or, for {@link AlarmType#FEED_LOST}, on one enterprise feed).
 *
 * @param id alarm id, {@code <tagId>.<type suffix>}, e.g. {@code E01.TK201.LT.HH}
 * @param enterpriseId owning enterprise, e.g. {@code E01}
 * @param tagId watched tag; {@code null} for FEED_LOST
 * @param featureId gis-data feature the tag belongs to (tank, detector, unit); may be null
 * @param type what is watched
 * @param priority priority when annunciated
 * @param limit HH/H/L/LL: limit in engineering units; ROC: units per minute; DEVIATION: band (±,
 *     engineering units); DISCRETE: 1 = active when true, 0 = active when false; NaN for the others
 * @param deadband absolute deadband in engineering units (≥ 0): a high alarm clears only below
 *     limit − deadband, a low alarm only above limit + deadband
 * @param onDelayMs the condition must hold this long (sample time) before the alarm activates; 0 =
 *     at once
 * @param offDelayMs the condition must be gone this long before the alarm clears; 0 = at once
 * @param windowMs ROC only: the rate is measured over at least this span of sample time
 * @param setpointTagId DEVIATION only: the setpoint tag
 * @param latched a latched alarm stays annunciated after clearing until an operator resets it
 * @param suppressWhenTagId suppressed by design while this boolean tag is false (e.g. the unit's
 *     run-state); or null
 */
public record AlarmDefinition(
        String id,
        String enterpriseId,
        String tagId,
        String featureId,
        AlarmType type,
        Priority priority,
        double limit,
        double deadband,
        long onDelayMs,
        long offDelayMs,
        long windowMs,
        String setpointTagId,
        boolean latched,
        String suppressWhenTagId) {

    public AlarmDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    /** The id an alarm of this type on that tag gets: {@code <tagId>.<suffix>}. */
    public static String idFor(String tagId, AlarmType type) {
        return tagId + "." + type.suffix();
    }

    public AlarmDefinition withPriority(Priority p) {
        return new AlarmDefinition(
                id,
                enterpriseId,
                tagId,
                featureId,
                type,
                p,
                limit,
                deadband,
                onDelayMs,
                offDelayMs,
                windowMs,
                setpointTagId,
                latched,
                suppressWhenTagId);
    }
}
