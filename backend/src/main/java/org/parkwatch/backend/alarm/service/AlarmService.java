package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.BypassRegister;
import org.parkwatch.backend.alarm.ConditionChange;
import org.parkwatch.backend.alarm.IncidentClosure;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.TransitionResult;
import org.parkwatch.backend.alarm.WorkPermit;
import org.parkwatch.backend.alarm.correlation.AlarmSignal;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.alarm.correlation.CorrelationEngine;
import org.parkwatch.backend.alarm.correlation.FeatureLocator;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.linkage.LinkageJson;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x side of alarm management: samples from ingest into the {@link AlarmManager}, a
 * periodic {@link #tick} (delays, shelving expiry, stale tags and lost feeds from {@link
 * LiveState}, the SIS bypass register), every journal entry pushed as {@code {"type":"alarm",…}},
 * fed to the {@link CorrelationEngine} (incidents pushed as {@code {"type":"incident",…}}) and
 * persisted in batches off the event loop. Everything except the database work runs on the
 * backend's ingest context.
 */
public final class AlarmService implements IngestListener, IncidentFeed, AlarmConditionFeed {
    /**
     * Journal entries kept in memory (for /api/alarms/journal and KPIs when there is no database).
     */
    public static final int MEMORY_JOURNAL_MAX = 100_000;

    /** Closed incidents kept for {@code GET /api/incidents}. */
    public static final int CLOSED_INCIDENTS_KEPT = 200;

    /** Pending journal entries that trigger a write before the next tick. */
    static final int FLUSH_AT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AlarmService.class);

    private final ParkCatalog park;
    private final AlarmManager manager;
    private final BypassRegister bypasses;

    /** An external condition offered from another thread, applied on the next tick. */
    private record Offered(String alarmId, boolean active, double value, String note) {}

    /** A filed suppression by design offered from another thread (issue 15). */
    private record FiledSuppression(String key, List<String> tagPrefixes, String reason) {}

    private final java.util.concurrent.ConcurrentLinkedQueue<FiledSuppression> filings =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final java.util.concurrent.ConcurrentLinkedQueue<Offered> offered =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final CorrelationEngine correlation;
    private final FeatureLocator locator;
    private final Map<String, TagKind> kindOfTag = new HashMap<>();
    private final Map<String, TagDefinition> bypassTags = new HashMap<>();
    private final LongSupplier clock;
    private final PushPublisher push;
    private final PushPublisher.EnterpriseView incidentView;
    private final AlarmJson json;
    private final Deque<JournalEntry> memoryJournal = new ArrayDeque<>();
    private final List<JournalEntry> pending = new ArrayList<>();
    private final Set<String> pendingChanged = new LinkedHashSet<>();
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<String, LinkagePackage> linkageOfIncident = new HashMap<>();

    /** The operator's closing of each closed incident (removed when it reopens). */
    private final Map<String, IncidentClosure> closures = new HashMap<>();

    private Function<Incident, LinkagePackage> linkage = i -> null;
    private Function<AlarmDefinition, LinkagePackage> alarmLinkage = d -> null;
    private final List<IncidentListener> incidentListeners = new CopyOnWriteArrayList<>();
    private final List<AlarmConditionListener> conditionListeners = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private AlarmRepository repository;
    private PermitIncidentRepository permitsAndIncidents;

    /** Every database write in order, retried after a failure (null without a database). */
    private volatile AlarmWriteQueue writeQueue;

    /** Longest wait in {@link #stop} for the queued writes, milliseconds. */
    static final long STOP_WAIT_MS = 15_000;

    private LiveState live;
    private FeedAlarms feedAlarms;
    private boolean ready;

    /**
     * @param push where push messages go, each with its owners (the alarm's enterprise; the
     *     incident's)
     * @param incidentView what one involved enterprise's users see of a mixed incident message
     */
    public AlarmService(
            ParkCatalog park,
            List<AlarmDefinition> definitions,
            CorrelationConfig correlationConfig,
            FeatureLocator locator,
            LongSupplier clock,
            PushPublisher push,
            PushPublisher.EnterpriseView incidentView) {
        this.park = park;
        this.locator = locator;
        this.clock = clock;
        this.push = push;
        this.incidentView = incidentView;
        this.manager = new AlarmManager(definitions, this::journal);
        this.bypasses = BypassRegister.from(park);
        this.correlation =
                new CorrelationEngine(correlationConfig, locator, "INC-", this::incident);
        for (TagDefinition t : park.allTags()) {
            kindOfTag.put(t.id(), t.kind());
            if (t.kind() == TagKind.SIS_BYPASS) bypassTags.put(t.id(), t);
        }
        this.json = new AlarmJson(park, locator);
    }

    /**
     * Supplies the linkage package of incidents (attached and pushed with them); null results are
     * left out.
     */
    public void setLinkage(Function<Incident, LinkagePackage> linkage) {
        this.linkage = linkage;
    }

    /**
     * Adds a listener to incidents opening, changing, closing and being restored (call before
     * start).
     */
    @Override
    public void addIncidentListener(IncidentListener listener) {
        incidentListeners.add(listener);
    }

    /** Adds a listener to alarm conditions activating and clearing (call before start). */
    @Override
    public void addConditionListener(AlarmConditionListener listener) {
        conditionListeners.add(listener);
    }

    /** Supplies the linkage package of a single alarm ({@code GET /api/alarms/:id/linkage}). */
    public void setAlarmLinkage(Function<AlarmDefinition, LinkagePackage> alarmLinkage) {
        this.alarmLinkage = alarmLinkage;
    }

    /**
     * The linkage package of an alarm; empty when the alarm is unknown or none can be computed (no
     * place).
     */
    public Optional<LinkagePackage> alarmLinkage(String alarmId) {
        return manager.definition(alarmId).map(alarmLinkage);
    }

    /**
     * Starts on the ingest context: restores the persisted active alarms (when there is a database)
     * and from then on accepts samples.
     *
     * @param repository the alarm tables, or null without a database
     */
    public Future<Void> start(Vertx vertx, AlarmRepository repository, LiveState live) {
        return start(vertx, repository, null, live);
    }

    /**
     * Like {@link #start(Vertx, AlarmRepository, LiveState)}, also restoring work permits and
     * incidents.
     *
     * @param permitsAndIncidents their tables, or null without a database
     */
    public Future<Void> start(
            Vertx vertx,
            AlarmRepository repository,
            PermitIncidentRepository permitsAndIncidents,
            LiveState live) {
        this.vertx = vertx;
        this.repository = repository;
        this.permitsAndIncidents = permitsAndIncidents;
        if (repository != null || permitsAndIncidents != null)
            this.writeQueue = new AlarmWriteQueue(vertx);
        this.live = live;
        this.feedAlarms = live == null ? null : new FeedAlarms(manager, live);
        if (repository == null) {
            ready = true;
            notifyRestored(List.of());
            return Future.succeededFuture();
        }
        return restorePermitsAndIncidents()
                .compose(
                        v ->
                                vertx.executeBlocking(
                                        () ->
                                                repository.loadActive(
                                                        id -> manager.get(id).orElse(null)),
                                        false))
                .map(
                        snapshot -> {
                            List<ActiveAlarm> skipped = manager.restore(snapshot);
                            for (ActiveAlarm a : skipped)
                                LOG.warn(
                                        "alarm {} in the snapshot is no longer defined",
                                        a.alarmId());
                            LOG.info("{} active alarms restored", snapshot.size() - skipped.size());
                            ready = true;
                            return (Void) null;
                        })
                .recover(
                        e -> {
                            LOG.error("active alarms not restored: {}", e.toString());
                            ready = true;
                            return Future.succeededFuture();
                        });
    }

    private Future<Void> restorePermitsAndIncidents() {
        if (permitsAndIncidents == null) {
            notifyRestored(List.of());
            return Future.succeededFuture();
        }
        return vertx.executeBlocking(
                        () ->
                                new Restored(
                                        permitsAndIncidents.loadPermits(),
                                        permitsAndIncidents.loadIncidents(CLOSED_INCIDENTS_KEPT),
                                        permitsAndIncidents.loadLatestClosures()),
                        false)
                .map(
                        r -> {
                            r.permits().forEach(bypasses::restorePermit);
                            for (Incident i : r.incidents()) {
                                incidents.put(i.id(), i);
                                IncidentClosure c = r.closures().get(i.id());
                                if (c != null && i.state() == Incident.State.CLOSED)
                                    closures.put(i.id(), c);
                            }
                            correlation.restore(r.incidents());
                            LOG.info(
                                    "{} work permits and {} incidents restored",
                                    r.permits().size(),
                                    r.incidents().size());
                            notifyRestored(r.incidents());
                            return (Void) null;
                        })
                .recover(
                        e -> {
                            LOG.error("work permits and incidents not restored: {}", e.toString());
                            notifyRestored(List.of());
                            return Future.succeededFuture();
                        });
    }

    private void notifyRestored(List<Incident> restored) {
        List<Incident> copy = List.copyOf(restored);
        for (IncidentListener l : incidentListeners) {
            try {
                l.restored(copy);
            } catch (RuntimeException e) {
                LOG.error("incident listener failed on restore: {}", e.toString());
            }
        }
    }

    private void notifyIncident(Incident i, boolean isNew) {
        for (IncidentListener l : incidentListeners) {
            try {
                if (i.state() == Incident.State.CLOSED) l.closed(i);
                else if (isNew) l.opened(i);
                else l.updated(i);
            } catch (RuntimeException e) {
                LOG.error("incident listener failed on {}: {}", i.id(), e.toString());
            }
        }
    }

    /**
     * Queues a database write, retried until it is stored ({@link AlarmWriteQueue}); nothing
     * without a database.
     */
    private Future<Void> write(String what, AlarmWriteQueue.Write w) {
        if (writeQueue == null) return Future.succeededFuture();
        return writeQueue.add(what, w);
    }

    /** Database writes waiting (a failed one being retried included); 0 without a database. */
    public int unwrittenCount() {
        return writeQueue == null ? 0 : writeQueue.size();
    }

    /** Failed attempts of database writes, since start (each is retried). */
    public long failedWriteAttempts() {
        return writeQueue == null ? 0 : writeQueue.failedAttempts();
    }

    /** Database writes stored only by a retry after a failure, since start. */
    public long retriedWrites() {
        return writeQueue == null ? 0 : writeQueue.retried();
    }

    private record Restored(
            List<WorkPermit> permits,
            List<Incident> incidents,
            Map<String, IncidentClosure> closures) {}

    /**
     * Registers a work permit (requested or approved) if it is valid and stores it (when there is a
     * database).
     *
     * @param maxValidityMs the longest validity allowed ({@code alarm.permitMaxValidityHours})
     * @return the problems, empty when registered
     */
    public List<String> addPermit(WorkPermit p, long maxValidityMs) {
        List<String> problems = bypasses.addPermit(p, clock.getAsLong(), maxValidityMs);
        if (problems.isEmpty()) savePermit(p);
        return problems;
    }

    /**
     * The park approves a requested permit; @return it approved, or empty when the number is
     * unknown
     */
    public Optional<WorkPermit> approvePermit(String number, String user) {
        WorkPermit before = bypasses.permit(number);
        WorkPermit p = bypasses.approve(number, user, clock.getAsLong());
        if (p != null && p != before) savePermit(p);
        return Optional.ofNullable(p);
    }

    private void savePermit(WorkPermit p) {
        if (permitsAndIncidents != null)
            write("work permit " + p.number(), retry -> permitsAndIncidents.savePermit(p));
    }

    /**
     * Writes what is pending; call when stopping (before the store closes). Waits up to {@value
     * #STOP_WAIT_MS} ms for the queued writes (a database still away keeps them unwritten).
     */
    public Future<Void> stop() {
        ready = false;
        flush();
        AlarmWriteQueue q = writeQueue;
        if (q == null || vertx == null) return Future.succeededFuture();
        Promise<Void> done = Promise.promise();
        long timer =
                vertx.setTimer(
                        STOP_WAIT_MS,
                        t -> {
                            if (q.size() > 0)
                                LOG.error("{} alarm database writes not stored at stop", q.size());
                            done.tryComplete();
                        });
        q.drained()
                .onComplete(
                        r -> {
                            vertx.cancelTimer(timer);
                            done.tryComplete();
                        });
        return done.future();
    }

    @Override
    public void batchApplied(AppliedBatch batch) {
        if (!ready) return;
        if (feedAlarms != null) feedAlarms.beforeBatch(batch.enterpriseId(), batch.receivedMs());
        for (Sample s : batch.samples()) {
            manager.onSample(s);
            if (bypassTags.containsKey(s.tagId()) && !s.isBad()) {
                bypasses.onBypass(s.tagId(), s.numeric() >= 0.5, s.sourceTimeMs());
            }
        }
        if (pending.size() >= FLUSH_AT) flush();
    }

    /**
     * Periodic work (about once a second): live-state verdicts, bypass register, delays and expiry,
     * persistence.
     */
    public void tick(long nowMs) {
        if (!ready) return;
        if (feedAlarms != null) feedAlarms.tick(nowMs);
        for (ConditionChange c : bypasses.changes(nowMs))
            manager.setCondition(c.alarmId(), c.active(), c.value(), nowMs);
        for (Offered o = offered.poll(); o != null; o = offered.poll()) {
            if (manager.definition(o.alarmId()).isPresent()) {
                manager.setCondition(o.alarmId(), o.active(), o.value(), nowMs, o.note());
            } else LOG.debug("condition offered for unknown alarm {} ignored", o.alarmId());
        }
        for (FiledSuppression f = filings.poll(); f != null; f = filings.poll()) {
            manager.setFiledSuppression(f.key(), f.tagPrefixes(), f.reason(), nowMs);
        }
        manager.tick(nowMs);
        flush();
    }

    /**
     * An externally decided condition (e.g. an environmental limit exceeded on its averaging
     * period), from any thread: applied on the next tick, its journal entries commented with {@code
     * note}; ignored when no alarm has that id.
     */
    public void offerCondition(String alarmId, boolean active, double value, String note) {
        offered.add(new Offered(alarmId, active, value, note));
    }

    /**
     * From any thread, applied on the next tick: while filing {@code key} stands, the alarms on
     * tags starting with one of {@code tagPrefixes} are suppressed by design with {@code reason} in
     * the journal; an empty list ends it ({@link AlarmManager#setFiledSuppression}).
     */
    public void offerFiledSuppression(String key, List<String> tagPrefixes, String reason) {
        filings.add(new FiledSuppression(key, List.copyOf(tagPrefixes), reason));
    }

    public TransitionResult acknowledge(String alarmId, String user, String comment) {
        return manager.acknowledge(alarmId, user, comment, clock.getAsLong());
    }

    public TransitionResult shelve(String alarmId, String user, String reason, long durationMs) {
        return manager.shelve(alarmId, user, reason, durationMs, clock.getAsLong());
    }

    public TransitionResult unshelve(String alarmId, String user, String comment) {
        return manager.unshelve(alarmId, user, comment, clock.getAsLong());
    }

    /**
     * An operator closes an open incident with a reason (issue 18); the closing is stored and the
     * incident reopens when one of its alarms activates again.
     *
     * @return the closed incident; empty when there is no open incident with this id
     */
    public Optional<Incident> closeIncident(String incidentId, String user, String reason) {
        Incident i = incidents.get(incidentId);
        if (i == null || i.state() != Incident.State.OPEN) return Optional.empty();
        IncidentClosure closure = new IncidentClosure(incidentId, clock.getAsLong(), user, reason);
        closures.put(incidentId, closure);
        Optional<Incident> closed = correlation.close(incidentId, closure.closedMs());
        if (closed.isEmpty()) {
            closures.remove(incidentId);
            return closed;
        }
        if (permitsAndIncidents != null)
            write(
                    "closing of incident " + incidentId,
                    retry -> permitsAndIncidents.saveClosure(closure, retry));
        return closed;
    }

    /**
     * The incident as the API and push show it: {@link AlarmJson#incident} plus how many of its
     * alarms are still active ({@code activeAlarms}) and, once closed, who closed it, when and why.
     */
    public JsonObject incidentJson(Incident i) {
        JsonObject o = json.incident(i);
        int activeAlarms = 0;
        for (String id : i.alarmIds()) if (correlation.isActive(id)) activeAlarms++;
        o.put("activeAlarms", activeAlarms);
        IncidentClosure c = i.state() == Incident.State.CLOSED ? closures.get(i.id()) : null;
        if (c != null)
            o.put("closedMs", c.closedMs())
                    .put("closedBy", c.closedBy())
                    .put("closeReason", c.reason());
        return o;
    }

    public AlarmManager manager() {
        return manager;
    }

    public BypassRegister bypasses() {
        return bypasses;
    }

    public AlarmJson json() {
        return json;
    }

    public long now() {
        return clock.getAsLong();
    }

    /** The alarm tables, or null without a database. */
    public AlarmRepository repository() {
        return repository;
    }

    /** Open incidents first (newest first), then recently closed ones. */
    public List<Incident> incidents() {
        List<Incident> out = new ArrayList<>(incidents.values());
        out.sort(
                (a, b) ->
                        a.state() != b.state()
                                ? a.state().compareTo(b.state())
                                : Long.compare(b.updatedMs(), a.updatedMs()));
        return out;
    }

    @Override
    public Optional<Incident> incident(String id) {
        return Optional.ofNullable(incidents.get(id));
    }

    /** The linkage package computed when the incident was last updated, or null. */
    @Override
    public LinkagePackage linkageOf(String incidentId) {
        return linkageOfIncident.get(incidentId);
    }

    /**
     * In-memory journal (newest {@value #MEMORY_JOURNAL_MAX}), oldest first, filtered like the
     * database query.
     */
    public List<JournalEntry> memoryJournal(
            long fromMs, long toMs, String alarmId, String enterpriseId, int limit) {
        List<JournalEntry> out = new ArrayList<>();
        for (JournalEntry e : memoryJournal) {
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

    /**
     * Writes pending entries and snapshot rows on a worker (ordered, so batches land in sequence).
     */
    public Future<Void> flush() {
        if (pending.isEmpty()) return Future.succeededFuture();
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
        if (repository == null || vertx == null) return Future.succeededFuture();
        AlarmRepository.Batch batch = new AlarmRepository.Batch(entries, enterprises, ids, views);
        return write(
                entries.size() + " alarm journal entries", retry -> repository.write(batch, retry));
    }

    private void journal(JournalEntry e) {
        memoryJournal.addLast(e);
        if (memoryJournal.size() > MEMORY_JOURNAL_MAX) memoryJournal.removeFirst();
        pending.add(e);
        pendingChanged.add(e.alarmId());
        ActiveAlarm view = manager.get(e.alarmId()).orElse(null);
        Optional<AlarmDefinition> d = manager.definition(e.alarmId());
        // an alarm without a definition has no known owner: park roles only (fail closed)
        PushOwners owners =
                d.map(def -> PushOwners.ofTagged(def.enterpriseId()))
                        .orElseGet(PushOwners::parkRoles);
        push.publish(
                "alarm",
                owners,
                new JsonObject()
                        .put("alarm", view == null ? null : json.alarm(view))
                        .put("transition", json.entry(e)));
        if (d.isPresent() && (e.isActivation() || e.isClear())) {
            for (AlarmConditionListener l : conditionListeners) {
                try {
                    l.changed(d.get(), e.isActivation(), e.timeMs());
                } catch (RuntimeException ex) {
                    LOG.error(
                            "alarm condition listener failed on {}: {}",
                            e.alarmId(),
                            ex.toString());
                }
            }
        }
        if (d.isPresent()) {
            TagKind kind = d.get().tagId() == null ? null : kindOfTag.get(d.get().tagId());
            AlarmSignal.of(e, d.get(), kind).ifPresent(correlation::onAlarm);
        }
    }

    private void incident(Incident i) {
        Incident before = incidents.put(i.id(), i);
        if (permitsAndIncidents != null)
            write("incident " + i.id(), retry -> permitsAndIncidents.saveIncident(i));
        boolean isNew = !linkageOfIncident.containsKey(i.id());
        LinkagePackage pkg = null;
        try {
            pkg = linkage.apply(i);
        } catch (RuntimeException ex) {
            LOG.warn("no linkage package for incident {}: {}", i.id(), ex.toString());
        }
        if (pkg != null) linkageOfIncident.put(i.id(), pkg);
        else linkageOfIncident.putIfAbsent(i.id(), null);
        boolean reopened =
                before != null
                        && before.state() == Incident.State.CLOSED
                        && i.state() == Incident.State.OPEN;
        if (reopened) closures.remove(i.id());
        JsonObject msg =
                new JsonObject()
                        .put("incident", incidentJson(i))
                        .put("isNew", isNew)
                        .put("reopened", reopened);
        if (pkg != null) msg.put("linkage", LinkageJson.of(pkg));
        push.publish("incident", PushOwners.ofTagged(i.enterprises()), msg, incidentView);
        if (before == null || before.state() != Incident.State.CLOSED || reopened) {
            notifyIncident(i, before == null || reopened);
        }
        pruneClosed();
    }

    private void pruneClosed() {
        int closed = 0;
        for (Incident i : incidents.values()) if (i.state() == Incident.State.CLOSED) closed++;
        if (closed <= CLOSED_INCIDENTS_KEPT) return;
        for (var it = incidents.values().iterator();
                it.hasNext() && closed > CLOSED_INCIDENTS_KEPT; ) {
            Incident i = it.next();
            if (i.state() == Incident.State.CLOSED) {
                it.remove();
                linkageOfIncident.remove(i.id());
                closed--;
            }
        }
    }

    /** Definitions by id, for the KPI calculator. */
    Function<String, AlarmDefinition> definitions() {
        return id -> manager.definition(id).orElse(null);
    }

    Collection<String> enterpriseIds() {
        return park.enterprises().stream().map(e -> e.id()).toList();
    }
}
