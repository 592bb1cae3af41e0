package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.parkwatch.model.uplink.Sample;

/**
 * Owns the alarms of a park: feeds samples through the {@link AlarmEvaluator}, drives one {@link
 * AlarmStateMachine} per definition, applies suppression by design (alarms suppressed while their
 * {@code suppressWhenTagId} is false), takes operator actions, expires shelving, keeps the active
 * list and hands every transition to the journal sink. Plain Java and single-threaded: call it from
 * one thread (e.g. one Vert.x context).
 */
public final class AlarmManager {
    private final Map<String, AlarmDefinition> defs = new LinkedHashMap<>();
    private final Map<String, AlarmStateMachine> machines = new HashMap<>();
    private final Map<String, AlarmStateMachine> notNormal = new LinkedHashMap<>();
    private final AlarmEvaluator evaluator;
    private final String[][] suppressTargets;
    private final Consumer<JournalEntry> journal;

    /**
     * Filed suppressions by design (issue 15: a unit declared shut down or in turnaround): key (the
     * filing) → the tag prefixes of the unit and the journal's reason.
     */
    private final Map<String, FiledSuppression> filed = new LinkedHashMap<>();

    private record FiledSuppression(List<String> tagPrefixes, String reason) {}

    /** The comment for journal entries of the external condition being set (or null). */
    private String pendingNote;

    public AlarmManager(List<AlarmDefinition> definitions, Consumer<JournalEntry> journal) {
        this.journal = journal;
        for (AlarmDefinition d : definitions) {
            defs.put(d.id(), d);
            machines.put(d.id(), new AlarmStateMachine(d.id(), d.latched()));
        }
        AlarmTagIndex tags = AlarmTagIndex.of(definitions);
        this.evaluator = new AlarmEvaluator(definitions, tags, this::onCondition);
        List<List<String>> byTag = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) byTag.add(new ArrayList<>());
        for (AlarmDefinition d : definitions) {
            if (d.suppressWhenTagId() != null)
                byTag.get(tags.indexOf(d.suppressWhenTagId())).add(d.id());
        }
        suppressTargets = new String[tags.size()][];
        for (int i = 0; i < tags.size(); i++) {
            suppressTargets[i] =
                    byTag.get(i).isEmpty() ? null : byTag.get(i).toArray(String[]::new);
        }
    }

    public AlarmTagIndex tagIndex() {
        return evaluator.tagIndex();
    }

    /**
     * One sample by tag index (see {@link #tagIndex()}); the hot path, allocation-free when nothing
     * changes.
     */
    public void onSample(int tag, double value, long status, long atMs) {
        evaluator.onSample(tag, value, status, atMs);
        if (tag >= 0
                && suppressTargets[tag] != null
                && (status & 0x80000000L) == 0
                && !Double.isNaN(value)) {
            boolean stopped = value < 0.5;
            for (String id : suppressTargets[tag]) {
                AlarmStateMachine m = machines.get(id);
                // a filed shutdown keeps the unit's alarms suppressed whatever its run tag says
                boolean suppress = stopped || filedFor(defs.get(id)) != null;
                boolean isSuppressed = m.state() == AlarmState.SUPPRESSED_BY_DESIGN;
                if (suppress != isSuppressed && m.state() != AlarmState.OUT_OF_SERVICE) {
                    record(
                            m.apply(
                                    suppress ? AlarmEvent.SUPPRESS : AlarmEvent.UNSUPPRESS,
                                    atMs,
                                    m.value(),
                                    null,
                                    null,
                                    0),
                            m);
                }
            }
        }
    }

    public void onSample(Sample s) {
        onSample(tagIndex().indexOf(s.tagId()), s.numeric(), s.status(), s.sourceTimeMs());
    }

    public void setStale(String tagId, boolean stale, long atMs) {
        evaluator.setStale(tagId, stale, atMs);
    }

    /**
     * Live state's verdict on an enterprise feed. While it is lost, that enterprise's bad-quality
     * and stale alarms are suppressed by design: the one feed-lost alarm stands for them instead of
     * a flood; when it recovers they return to normal without being announced.
     */
    public void setFeedLost(String enterpriseId, boolean lost, long atMs) {
        evaluator.setFeedLost(enterpriseId, lost, atMs);
        for (AlarmDefinition d : defs.values()) {
            if (!enterpriseId.equals(d.enterpriseId())
                    || (d.type() != AlarmType.BAD_QUALITY && d.type() != AlarmType.STALE)) continue;
            AlarmStateMachine m = machines.get(d.id());
            boolean isSuppressed = m.state() == AlarmState.SUPPRESSED_BY_DESIGN;
            // the feed is back: what was suppressed under it returns to normal silently (issue 19,
            // D6); a tag still
            // stale or bad is announced afresh by its next verdict
            if (!lost && isSuppressed) evaluator.setCondition(d.id(), false, Double.NaN, atMs);
            if (lost != isSuppressed && m.state() != AlarmState.OUT_OF_SERVICE) {
                record(
                        m.apply(
                                lost ? AlarmEvent.SUPPRESS : AlarmEvent.UNSUPPRESS,
                                atMs,
                                m.value(),
                                null,
                                null,
                                0),
                        m);
            }
        }
    }

    /**
     * Suppresses by design every alarm on a tag starting with one of {@code tagPrefixes} while the
     * filing {@code key} stands (issue 15: a unit declared shut down or in turnaround), journalling
     * {@code reason} as the comment; an empty list ends the filing, and the alarms no other filing
     * or run tag holds return as ISA-18.2 says (active → UNACK_ACTIVE, clear → NORMAL), journalled
     * with {@code reason}. Tagless alarms are never touched. Out-of-service alarms stay so.
     *
     * @return how many alarms changed state
     */
    public int setFiledSuppression(String key, List<String> tagPrefixes, String reason, long atMs) {
        FiledSuppression old =
                tagPrefixes.isEmpty()
                        ? filed.remove(key)
                        : filed.put(key, new FiledSuppression(List.copyOf(tagPrefixes), reason));
        int changed = 0;
        for (AlarmDefinition d : defs.values()) {
            if (d.tagId() == null) continue;
            boolean wanted = filedFor(d) != null;
            boolean was = old != null && matches(old.tagPrefixes(), d.tagId());
            if (!wanted && !was) continue;
            AlarmStateMachine m = machines.get(d.id());
            if (m.state() == AlarmState.OUT_OF_SERVICE) continue;
            boolean isSuppressed = m.state() == AlarmState.SUPPRESSED_BY_DESIGN;
            if (wanted && !isSuppressed) {
                changed += journalled(m, AlarmEvent.SUPPRESS, atMs, reason);
            } else if (!wanted && isSuppressed && !runTagHolds(d)) {
                changed += journalled(m, AlarmEvent.UNSUPPRESS, atMs, reason);
            }
        }
        return changed;
    }

    /** The filing keys in force, for tests and the journal's readers. */
    public List<String> filedSuppressions() {
        return List.copyOf(filed.keySet());
    }

    private int journalled(AlarmStateMachine m, AlarmEvent e, long atMs, String reason) {
        return record(m.apply(e, atMs, m.value(), null, reason, 0), m).changed() ? 1 : 0;
    }

    private FiledSuppression filedFor(AlarmDefinition d) {
        if (d == null || d.tagId() == null || filed.isEmpty()) return null;
        for (FiledSuppression f : filed.values()) if (matches(f.tagPrefixes(), d.tagId())) return f;
        return null;
    }

    private static boolean matches(List<String> prefixes, String tagId) {
        for (String p : prefixes) if (tagId.startsWith(p)) return true;
        return false;
    }

    /** The alarm's run tag (suppressWhenTagId) last said the unit stopped. */
    private boolean runTagHolds(AlarmDefinition d) {
        if (d.suppressWhenTagId() == null) return false;
        int tag = evaluator.tagIndex().indexOf(d.suppressWhenTagId());
        double v = tag < 0 ? Double.NaN : evaluator.lastValue(tag);
        return !Double.isNaN(v) && v < 0.5;
    }

    /** Externally decided condition, e.g. from {@link BypassRegister#changes(long)}. */
    public void setCondition(String alarmId, boolean active, double value, long atMs) {
        evaluator.setCondition(alarmId, active, value, atMs);
    }

    /**
     * An externally decided condition whose journal entries carry {@code note} as their comment
     * (e.g. which limit of which standard an environmental value exceeded).
     */
    public void setCondition(String alarmId, boolean active, double value, long atMs, String note) {
        pendingNote = note;
        try {
            evaluator.setCondition(alarmId, active, value, atMs);
        } finally {
            pendingNote = null;
        }
    }

    /** Completes pending delays and ends expired shelving. */
    public void tick(long nowMs) {
        evaluator.tick(nowMs);
        for (AlarmStateMachine m : List.copyOf(notNormal.values())) {
            if (m.state() == AlarmState.SHELVED) record(m.tick(nowMs), m);
        }
    }

    public TransitionResult acknowledge(String alarmId, String user, String comment, long nowMs) {
        return operator(alarmId, AlarmEvent.ACKNOWLEDGE, user, comment, nowMs, 0);
    }

    public TransitionResult reset(String alarmId, String user, String comment, long nowMs) {
        return operator(alarmId, AlarmEvent.RESET, user, comment, nowMs, 0);
    }

    /** Shelves for {@code durationMs} from now; the reason is required. */
    public TransitionResult shelve(
            String alarmId, String user, String reason, long durationMs, long nowMs) {
        return operator(alarmId, AlarmEvent.SHELVE, user, reason, nowMs, nowMs + durationMs);
    }

    public TransitionResult unshelve(String alarmId, String user, String comment, long nowMs) {
        return operator(alarmId, AlarmEvent.UNSHELVE, user, comment, nowMs, 0);
    }

    public TransitionResult removeFromService(
            String alarmId, String user, String comment, long nowMs) {
        return operator(alarmId, AlarmEvent.REMOVE_FROM_SERVICE, user, comment, nowMs, 0);
    }

    public TransitionResult returnToService(
            String alarmId, String user, String comment, long nowMs) {
        return operator(alarmId, AlarmEvent.RETURN_TO_SERVICE, user, comment, nowMs, 0);
    }

    /** Alarms not in NORMAL, highest priority first, then newest first. */
    public List<ActiveAlarm> active() {
        List<ActiveAlarm> out = new ArrayList<>(notNormal.size());
        for (AlarmStateMachine m : notNormal.values()) out.add(view(m));
        out.sort(
                Comparator.comparing(ActiveAlarm::priority)
                        .thenComparing(ActiveAlarm::activatedMs, Comparator.reverseOrder()));
        return out;
    }

    public Optional<ActiveAlarm> get(String alarmId) {
        AlarmStateMachine m = machines.get(alarmId);
        return m == null ? Optional.empty() : Optional.of(view(m));
    }

    public Optional<AlarmDefinition> definition(String alarmId) {
        return Optional.ofNullable(defs.get(alarmId));
    }

    /** Current definitions in configuration order. */
    public List<AlarmDefinition> definitions() {
        return List.copyOf(defs.values());
    }

    /**
     * Applies a changed definition live (limit, deadband, delays, ROC window, priority) and
     * journals it as a configuration change: an entry whose from and to are the alarm's current
     * state, with {@code user} and a comment listing old → new values. The state machine is
     * untouched; the next sample is judged by the new values.
     *
     * @return the journal entry
     * @throws IllegalArgumentException when the alarm is unknown, or tag, type, setpoint, latching
     *     or suppression differ
     */
    public JournalEntry redefine(AlarmDefinition d, String user, long nowMs) {
        AlarmDefinition old = defs.get(d.id());
        if (old == null) throw new IllegalArgumentException(d.id() + ": no such alarm");
        if (old.latched() != d.latched()
                || !Objects.equals(old.suppressWhenTagId(), d.suppressWhenTagId())) {
            throw new IllegalArgumentException(
                    d.id() + ": latched and suppressWhenTag cannot change while running");
        }
        evaluator.redefine(d);
        defs.put(d.id(), d);
        AlarmStateMachine m = machines.get(d.id());
        JournalEntry e =
                new JournalEntry(
                        nowMs,
                        d.id(),
                        m.state(),
                        m.state(),
                        m.value(),
                        user,
                        "configuration changed: " + changes(old, d));
        journal.accept(e);
        return e;
    }

    private static String changes(AlarmDefinition a, AlarmDefinition b) {
        List<String> out = new ArrayList<>();
        if (a.priority() != b.priority())
            out.add("priority " + a.priority().id() + " → " + b.priority().id());
        if (Double.compare(a.limit(), b.limit()) != 0)
            out.add("limit " + a.limit() + " → " + b.limit());
        if (Double.compare(a.deadband(), b.deadband()) != 0)
            out.add("deadband " + a.deadband() + " → " + b.deadband());
        if (a.onDelayMs() != b.onDelayMs())
            out.add("onDelayMs " + a.onDelayMs() + " → " + b.onDelayMs());
        if (a.offDelayMs() != b.offDelayMs())
            out.add("offDelayMs " + a.offDelayMs() + " → " + b.offDelayMs());
        if (a.windowMs() != b.windowMs())
            out.add("windowMs " + a.windowMs() + " → " + b.windowMs());
        return out.isEmpty() ? "no change" : String.join(", ", out);
    }

    /**
     * Restores the active list after a restart (no journal entries). Entries for alarms no longer
     * defined are skipped and returned, so the caller can log them.
     */
    public List<ActiveAlarm> restore(List<ActiveAlarm> snapshot) {
        List<ActiveAlarm> skipped = new ArrayList<>();
        for (ActiveAlarm a : snapshot) {
            AlarmStateMachine m = machines.get(a.alarmId());
            if (m == null) {
                skipped.add(a);
                continue;
            }
            m.restore(
                    a.state(),
                    a.conditionActive(),
                    a.activatedMs(),
                    a.lastChangeMs(),
                    a.value(),
                    a.shelvedUntilMs(),
                    a.shelveReason(),
                    a.shelvedBy());
            evaluator.restoreActive(a.alarmId(), a.conditionActive());
            if (a.state() == AlarmState.NORMAL) notNormal.remove(a.alarmId());
            else notNormal.put(a.alarmId(), m);
        }
        return skipped;
    }

    private TransitionResult operator(
            String alarmId, AlarmEvent event, String user, String comment, long nowMs, long until) {
        AlarmStateMachine m = machines.get(alarmId);
        if (m == null) {
            return new TransitionResult(
                    false,
                    null,
                    null,
                    null,
                    "cannot " + event.verbEn() + " " + alarmId + ": no such alarm",
                    "无法" + event.verbZh() + " " + alarmId + "：报警不存在");
        }
        return record(m.apply(event, nowMs, m.value(), user, comment, until), m);
    }

    private void onCondition(ConditionChange c) {
        AlarmStateMachine m = machines.get(c.alarmId());
        TransitionResult r =
                c.active() ? m.activate(c.value(), c.atMs()) : m.clear(c.value(), c.atMs());
        if (pendingNote != null && r.changed() && r.entry().comment() == null) {
            JournalEntry e = r.entry();
            r =
                    TransitionResult.moved(
                            new JournalEntry(
                                    e.timeMs(),
                                    e.alarmId(),
                                    e.from(),
                                    e.to(),
                                    e.value(),
                                    e.user(),
                                    pendingNote));
        }
        record(r, m);
    }

    private TransitionResult record(TransitionResult o, AlarmStateMachine m) {
        if (o.changed()) {
            if (m.state() == AlarmState.NORMAL) notNormal.remove(m.alarmId());
            else notNormal.put(m.alarmId(), m);
            journal.accept(o.entry());
        }
        return o;
    }

    private ActiveAlarm view(AlarmStateMachine m) {
        AlarmDefinition d = defs.get(m.alarmId());
        return new ActiveAlarm(
                d.id(),
                d.enterpriseId(),
                d.tagId(),
                d.featureId(),
                d.priority(),
                m.state(),
                m.conditionActive(),
                m.activatedMs(),
                m.lastChangeMs(),
                m.value(),
                m.shelvedUntilMs(),
                m.shelveReason(),
                m.shelvedBy());
    }
}
