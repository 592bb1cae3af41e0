package org.parkwatch.backend.alarm.correlation;

import java.util.Optional;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.model.park.TagKind;

/**
 * An alarm activating or clearing, as the correlation rules see it (built by the caller from a
 * journal entry, its definition and the tag).
 *
 * @param kind what the tag measures; null for alarms without a tag (feed lost)
 * @param active true on activation, false on clear
 * @param atMs epoch ms
 */
public record AlarmSignal(
        String alarmId,
        String enterpriseId,
        String featureId,
        TagKind kind,
        AlarmType type,
        Priority priority,
        boolean active,
        long atMs) {

    /**
     * The signal a journal entry means for correlation: an activation (A/D/E → B) is active, a
     * condition clear (B → D, C → A, B/C → E) is not; other transitions (acknowledge, shelve…) mean
     * nothing here.
     *
     * @param kind the tag's kind, null for alarms without a tag
     */
    public static Optional<AlarmSignal> of(JournalEntry e, AlarmDefinition d, TagKind kind) {
        if (!e.isActivation() && !e.isClear()) return Optional.empty();
        return Optional.of(
                new AlarmSignal(
                        d.id(),
                        d.enterpriseId(),
                        d.featureId(),
                        kind,
                        d.type(),
                        d.priority(),
                        e.isActivation(),
                        e.timeMs()));
    }

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
