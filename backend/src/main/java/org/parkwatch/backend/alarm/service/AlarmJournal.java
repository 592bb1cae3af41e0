package org.parkwatch.backend.alarm.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.JournalEntry;

/**
 * The alarm journal on its way to the database and in memory: the newest {@value
 * AlarmService#MEMORY_JOURNAL_MAX} entries (what {@code /api/alarms/journal} and the KPIs read
 * without a database) and the entries not yet handed to {@link AlarmWrites}, with the ids of the
 * alarms they changed, so one batch carries both the journal rows and the active-alarm rows they
 * imply. Used on the ingest context only.
 */
final class AlarmJournal {
    private final AlarmManager manager;
    private final Deque<JournalEntry> memory = new ArrayDeque<>();
    private final List<JournalEntry> pending = new ArrayList<>();
    private final Set<String> pendingChanged = new LinkedHashSet<>();

    /**
     * @param manager the alarms' definitions (owning enterprise) and current state
     */
    AlarmJournal(AlarmManager manager) {
        this.manager = manager;
    }

    /** Keeps an entry in memory and pending for the next batch. */
    void add(JournalEntry e) {
        memory.addLast(e);
        if (memory.size() > AlarmService.MEMORY_JOURNAL_MAX) memory.removeFirst();
        pending.add(e);
        pendingChanged.add(e.alarmId());
    }

    /** Entries not yet taken into a batch. */
    int pendingCount() {
        return pending.size();
    }

    /**
     * Takes the pending entries, each with its alarm's enterprise, and the current state of the
     * alarms they changed (null for an alarm no longer active); null when nothing is pending.
     */
    AlarmRepository.Batch takePending() {
        if (pending.isEmpty()) return null;
        List<JournalEntry> entries = List.copyOf(pending);
        pending.clear();
        List<String> enterprises = new ArrayList<>(entries.size());
        for (JournalEntry e : entries)
            enterprises.add(
                    manager.definition(e.alarmId())
                            .map(AlarmDefinition::enterpriseId)
                            .orElse(null));
        List<String> ids = List.copyOf(pendingChanged);
        pendingChanged.clear();
        List<ActiveAlarm> views = new ArrayList<>(ids.size());
        for (String id : ids) views.add(manager.get(id).orElse(null));
        return new AlarmRepository.Batch(entries, enterprises, ids, views);
    }

    /** See {@link AlarmService#memoryJournal}. */
    List<JournalEntry> inMemory(
            long fromMs, long toMs, String alarmId, String enterpriseId, int limit) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : memory) {
            if (out.size() >= limit) break;
            if (e.timeMs() < fromMs || e.timeMs() >= toMs) continue;
            if (alarmId != null && !alarmId.equals(e.alarmId())) continue;
            if (enterpriseId != null
                    && !manager.definition(e.alarmId())
                            .map(d -> enterpriseId.equals(d.enterpriseId()))
                            .orElse(false)) continue;
            out.add(e);
        }
        return out;
    }
}
