package org.parkwatch.backend.alarm.correlation;

import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.model.park.TagKind;

/**
 * An alarm activating or clearing, as the correlation rules see it (built by the caller from a journal entry, its
 * definition and the tag).
 *
 * @param kind   what the tag measures; null for alarms without a tag (feed lost)
 * @param active true on activation, false on clear
 * @param atMs   epoch ms
 */
public record AlarmSignal(String alarmId, String enterpriseId, String featureId, TagKind kind, AlarmType type,
                          Priority priority, boolean active, long atMs) {

    boolean isGasAlarm() {
        return (kind == TagKind.GAS_TOXIC || kind == TagKind.GAS_FLAMMABLE)
                && (type == AlarmType.H || type == AlarmType.HH);
    }

    boolean isSisTrip() {
        return kind == TagKind.SIS_TRIP && type == AlarmType.DISCRETE;
    }

    boolean isProcessAlarm() {
        return type.isAbsoluteLimit() || type == AlarmType.ROC || type == AlarmType.DEVIATION;
    }
}
