package org.parkwatch.backend.emergency;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * Builds the {@link ReplayFrame} of an incident at an instant from its command record, tasks,
 * dispatches and log (this capability's) and the history, alarm journal, zones and routes of the
 * {@link ReplaySources} port. Blocks: call it on the capability's worker.
 */
final class IncidentReplay {
    /** The timeline starts this long before the detection, so the lead-up can be seen. */
    static final long LEAD_MS = 15 * 60_000L;

    /** How far before the detection the alarm journal is read for alarms already active. */
    static final long ALARM_LOOKBACK_MS = 24 * 3_600_000L;

    private final ReplaySources sources;

    IncidentReplay(ReplaySources sources) {
        this.sources = sources;
    }

    /**
     * The frame at {@code atMs}.
     *
     * @throws IllegalArgumentException when {@code atMs} lies outside the incident's timeline (the
     *     message names the range)
     */
    ReplayFrame frame(
            CommandRecord r,
            List<Task> tasks,
            List<Dispatch> dispatches,
            List<AuditRecord> log,
            long atMs,
            long nowMs)
            throws Exception {
        long from = r.detectedMs() - LEAD_MS;
        long to = r.allClearMs() != null ? Math.min(r.allClearMs(), nowMs) : nowMs;
        if (atMs < from || atMs > Math.max(to, nowMs))
            throw new IllegalArgumentException(
                    "at must lie within the incident's timeline, "
                            + from
                            + "–"
                            + to
                            + " (epoch ms), but was "
                            + atMs);
        List<AuditRecord> upTo = log.stream().filter(e -> e.tsMs() <= atMs).toList();
        IncidentThreat zones = sources.zonesAt(r.incidentId(), atMs).orElse(null);
        return new ReplayFrame(
                r.incidentId(),
                atMs,
                from,
                to,
                levelAt(upTo),
                r.confirmedMs() != null && r.confirmedMs() <= atMs,
                upTo.stream().anyMatch(e -> e.action().equals("escalated.government")),
                r.evacuationMs() != null && r.evacuationMs() <= atMs,
                r.allClearMs() != null && r.allClearMs() <= atMs,
                tasksAt(tasks, atMs),
                dispatchesAt(dispatches, atMs),
                upTo,
                alarmsAt(r.enterprises(), r.detectedMs() - ALARM_LOOKBACK_MS, atMs),
                sources.valuesAt(sources.tags(r.enterprises()), atMs),
                zones,
                zones == null ? null : sources.routes(zones).orElse(null));
    }

    /** The level decided or changed last up to the instant (log actions of CommandService). */
    static ResponseLevel levelAt(List<AuditRecord> log) {
        ResponseLevel level = null;
        for (AuditRecord e : log) {
            String key =
                    switch (e.action()) {
                        case "level.decided" -> "level";
                        case "level.changed" -> "to";
                        default -> null;
                    };
            if (key == null) continue;
            try {
                String v = new JsonObject(e.detail()).getString(key);
                if (v != null) level = ResponseLevel.parse(v);
            } catch (DecodeException | IllegalArgumentException bad) {
                throw new IllegalStateException(
                        "log entry #" + e.seq() + " (" + e.action() + ") names no level", bad);
            }
        }
        return level;
    }

    static List<ReplayFrame.TaskAt> tasksAt(List<Task> tasks, long atMs) {
        List<ReplayFrame.TaskAt> out = new ArrayList<>();
        for (Task t : tasks) {
            if (t.createdMs() > atMs) continue;
            Task.Status s =
                    t.doneMs() != null && t.doneMs() <= atMs
                            ? Task.Status.DONE
                            : t.startedMs() != null && t.startedMs() <= atMs
                                    ? Task.Status.DOING
                                    : Task.Status.TODO;
            out.add(new ReplayFrame.TaskAt(t, s));
        }
        return out;
    }

    static List<ReplayFrame.DispatchAt> dispatchesAt(List<Dispatch> dispatches, long atMs) {
        List<ReplayFrame.DispatchAt> out = new ArrayList<>();
        for (Dispatch d : dispatches) {
            if (d.dispatchedMs() > atMs) continue;
            ReplayFrame.Movement m;
            if (d.releasedMs() != null && d.releasedMs() <= atMs) m = ReplayFrame.Movement.RELEASED;
            else if (d.etaS() != null && d.dispatchedMs() + Math.round(d.etaS() * 1000) <= atMs)
                m = ReplayFrame.Movement.ON_SCENE;
            else m = ReplayFrame.Movement.EN_ROUTE;
            out.add(new ReplayFrame.DispatchAt(d, m));
        }
        return out;
    }

    /** Alarms of the enterprises whose last transition up to the instant left them active. */
    private List<ReplayFrame.AlarmAt> alarmsAt(List<String> enterprises, long fromMs, long atMs)
            throws Exception {
        Map<String, JournalEntry> last = new LinkedHashMap<>();
        Set<String> ents = new LinkedHashSet<>(enterprises);
        for (String e : ents)
            for (JournalEntry j : sources.alarmJournal(e, fromMs, atMs))
                if (j.timeMs() <= atMs) last.put(j.alarmId(), j);
        List<ReplayFrame.AlarmAt> out = new ArrayList<>();
        for (JournalEntry j : last.values()) {
            if (j.to() != AlarmState.UNACK_ACTIVE && j.to() != AlarmState.ACK_ACTIVE) continue;
            AlarmDefinition d = sources.alarm(j.alarmId()).orElse(null);
            out.add(
                    new ReplayFrame.AlarmAt(
                            j.alarmId(),
                            d == null ? null : d.tagId(),
                            d == null
                                    ? null
                                    : d.priority().name().toLowerCase(java.util.Locale.ROOT),
                            j.to(),
                            j.timeMs(),
                            j.value()));
        }
        return out;
    }
}
