package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * backend's ingest context. The incidents live in an {@link IncidentBook}, the journal on its way
 * out in an {@link AlarmJournal}, the database writes in {@link AlarmWrites}; this class keeps the
 * alarm state machine's inputs and the ports other capabilities use.
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
    private final IncidentBook incidentBook;
    private final AlarmWrites writes = new AlarmWrites();
    private final Map<String, TagKind> kindOfTag = new HashMap<>();
    private final Map<String, TagDefinition> bypassTags = new HashMap<>();
    private final LongSupplier clock;
    private final PushPublisher push;
    private final AlarmJson json;
    private final AlarmJournal alarmJournal;
    private Function<AlarmDefinition, LinkagePackage> alarmLinkage = d -> null;
    private final List<AlarmConditionListener> conditionListeners = new CopyOnWriteArrayList<>();
    private Vertx vertx;
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
        this.clock = clock;
        this.push = push;
        this.manager = new AlarmManager(definitions, this::journal);
        this.bypasses = BypassRegister.from(park);
        this.alarmJournal = new AlarmJournal(manager);
        for (TagDefinition t : park.allTags()) {
            kindOfTag.put(t.id(), t.kind());
            if (t.kind() == TagKind.SIS_BYPASS) bypassTags.put(t.id(), t);
        }
        this.json = new AlarmJson(park, locator);
        this.incidentBook =
                new IncidentBook(correlationConfig, locator, json, push, incidentView, writes);
    }

    /**
     * Supplies the linkage package of incidents (attached and pushed with them); null results are
     * left out.
     */
    public void setLinkage(Function<Incident, LinkagePackage> linkage) {
        incidentBook.setLinkage(linkage);
    }

    /**
     * Adds a listener to incidents opening, changing, closing and being restored (call before
     * start).
     */
    @Override
    public void addIncidentListener(IncidentListener listener) {
        incidentBook.addListener(listener);
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
        writes.open(vertx, repository, permitsAndIncidents);
        this.live = live;
        this.feedAlarms = live == null ? null : new FeedAlarms(manager, live);
        if (repository == null) {
            ready = true;
            incidentBook.restoredNone();
            return Future.succeededFuture();
        }
        return restorePermitsAndIncidents(permitsAndIncidents)
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

    private Future<Void> restorePermitsAndIncidents(PermitIncidentRepository permitsAndIncidents) {
        if (permitsAndIncidents == null) {
            incidentBook.restoredNone();
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
                            LOG.info(
                                    "{} work permits and {} incidents restored",
                                    r.permits().size(),
                                    r.incidents().size());
                            incidentBook.restore(r.incidents(), r.closures());
                            return (Void) null;
                        })
                .recover(
                        e -> {
                            LOG.error("work permits and incidents not restored: {}", e.toString());
                            incidentBook.restoredNone();
                            return Future.succeededFuture();
                        });
    }

    /** Database writes waiting (a failed one being retried included); 0 without a database. */
    public int unwrittenCount() {
        return writes.unwrittenCount();
    }

    /** Failed attempts of database writes, since start (each is retried). */
    public long failedWriteAttempts() {
        return writes.failedWriteAttempts();
    }

    /** Database writes stored only by a retry after a failure, since start. */
    public long retriedWrites() {
        return writes.retriedWrites();
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
        if (problems.isEmpty()) writes.permit(p);
        return problems;
    }

    /**
     * The park approves a requested permit; @return it approved, or empty when the number is
     * unknown
     */
    public Optional<WorkPermit> approvePermit(String number, String user) {
        WorkPermit before = bypasses.permit(number);
        WorkPermit p = bypasses.approve(number, user, clock.getAsLong());
        if (p != null && p != before) writes.permit(p);
        return Optional.ofNullable(p);
    }

    /**
     * Writes what is pending; call when stopping (before the store closes). Waits up to {@value
     * AlarmWrites#STOP_WAIT_MS} ms for the queued writes (a database still away keeps them
     * unwritten).
     */
    public Future<Void> stop() {
        ready = false;
        flush();
        return writes.drain();
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
        if (alarmJournal.pendingCount() >= FLUSH_AT) flush();
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
        return incidentBook.close(incidentId, user, reason, clock.getAsLong());
    }

    /**
     * The incident as the API and push show it: {@link AlarmJson#incident} plus how many of its
     * alarms are still active ({@code activeAlarms}) and, once closed, who closed it, when and why.
     */
    public JsonObject incidentJson(Incident i) {
        return incidentBook.json(i);
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
        return writes.repository();
    }

    /** Open incidents first (newest first), then recently closed ones. */
    public List<Incident> incidents() {
        return incidentBook.all();
    }

    @Override
    public Optional<Incident> incident(String id) {
        return incidentBook.get(id);
    }

    /** The linkage package computed when the incident was last updated, or null. */
    @Override
    public LinkagePackage linkageOf(String incidentId) {
        return incidentBook.linkageOf(incidentId);
    }

    /**
     * In-memory journal (newest {@value #MEMORY_JOURNAL_MAX}), oldest first, filtered like the
     * database query.
     */
    public List<JournalEntry> memoryJournal(
            long fromMs, long toMs, String alarmId, String enterpriseId, int limit) {
        return alarmJournal.inMemory(fromMs, toMs, alarmId, enterpriseId, limit);
    }

    /**
     * Writes pending entries and snapshot rows on a worker (ordered, so batches land in sequence).
     */
    public Future<Void> flush() {
        AlarmRepository.Batch batch = alarmJournal.takePending();
        return batch == null ? Future.succeededFuture() : writes.journal(batch);
    }

    private void journal(JournalEntry e) {
        alarmJournal.add(e);
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
            AlarmSignal.of(e, d.get(), kind).ifPresent(incidentBook::onAlarm);
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
