package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.model.emergency.EmergencyPlan;
import org.parkwatch.model.emergency.Fact;
import org.parkwatch.model.emergency.IncidentFacts;
import org.parkwatch.model.emergency.LevelProposer;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * The command record of each incident (issue 14, scope 2): opened with the incident and a proposed
 * plan and level from the live facts; then the commander's explicit steps — confirm the incident,
 * decide plan and level (with a reason; this generates the tasks), change the level, escalate to
 * the government, report casualties, move tasks, start the evacuation, give the all clear. Every
 * step is one transaction with its entry in the incident log. Calls block.
 */
final class CommandService {
    private final RecordTx tx;
    private final PlanLibrary plans;
    private final ZoneFactsSource zones;
    private final IncidentNotifier notifier;

    CommandService(
            RecordTx tx, PlanLibrary plans, ZoneFactsSource zones, IncidentNotifier notifier) {
        this.tx = tx;
        this.plans = plans;
        this.zones = zones;
        this.notifier = notifier;
    }

    /** A proposal with the plan it was made from. */
    record Proposed(EmergencyPlan plan, LevelProposer.Proposal proposal, IncidentFacts facts) {}

    /** Opens the record of a new incident, logging the detection and the first proposal. */
    void opened(Incident i, boolean drill) throws SQLException {
        CommandRecord r =
                new CommandRecord(
                        i.id(),
                        i.enterprises(),
                        i.kind().name(),
                        drill,
                        i.openedMs(),
                        null,
                        null,
                        false,
                        0,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null);
        tx.create(
                r,
                t -> {
                    t.log(
                            Actor.SYSTEM,
                            "incident.detected",
                            i.id(),
                            new JsonObject()
                                    .put("kind", i.kind().name())
                                    .put("enterprises", String.join(",", i.enterprises()))
                                    .put("drill", drill)
                                    .put("openedMs", i.openedMs()));
                    Optional<Proposed> p = propose(r);
                    t.log(
                            Actor.SYSTEM,
                            "level.proposed",
                            i.id(),
                            p.map(EmergencyJson::proposal)
                                    .orElse(new JsonObject().put("plan", null)));
                    return null;
                });
    }

    /** The live facts of a record: the latest threat zones and what the commander reported. */
    IncidentFacts facts(CommandRecord r) {
        Map<Fact, Double> v = new EnumMap<>(Fact.class);
        v.put(Fact.CASUALTIES, (double) r.casualties());
        v.put(Fact.RECEPTOR_REACHED, r.receptorReached() ? 1.0 : 0.0);
        v.put(Fact.ENTERPRISES_INVOLVED, (double) r.enterprises().size());
        Optional<ZoneFactsSource.ZoneFacts> z = zones.latest(r.incidentId());
        z.ifPresent(
                f -> {
                    v.put(Fact.PEOPLE_IN_ERPG2, (double) f.peopleInErpg2());
                    v.put(Fact.PEOPLE_IN_SEVERE_ZONE, (double) f.peopleInSevereZone());
                    v.put(Fact.ZONE_CROSSES_FENCE, f.crossesFence() ? 1.0 : 0.0);
                    v.put(Fact.SENSITIVE_TARGETS_REACHED, (double) f.sensitiveTargets());
                });
        return new IncidentFacts(
                r.incidentKind(),
                r.enterpriseId(),
                v,
                z.map(ZoneFactsSource.ZoneFacts::runId).orElse(null));
    }

    /** The plan and level the live facts call for; empty when no plan answers the incident. */
    Optional<Proposed> propose(CommandRecord r) {
        IncidentFacts f = facts(r);
        return LevelProposer.choosePlan(plans.all(), f)
                .map(p -> new Proposed(p, LevelProposer.propose(p, f), f));
    }

    CommandRecord confirm(String id, Actor a) throws SQLException {
        return tx.run(
                id,
                true,
                t -> {
                    if (t.record.confirmedMs() != null)
                        throw new ConflictException("incident " + id + " is already confirmed");
                    t.save(t.record.withConfirmed(t.nowMs));
                    t.log(a, "incident.confirmed", id, new JsonObject());
                    return t.record;
                });
    }

    /**
     * Decides the plan and level: the proposal's when {@code planId}/{@code level} are null. A
     * reason is required either way. Generates the tasks of the level.
     */
    CommandRecord decide(String id, String planId, ResponseLevel level, String reason, Actor a)
            throws SQLException {
        requireReason(reason);
        return tx.run(
                id,
                true,
                t -> {
                    if (t.record.decidedMs() != null)
                        throw new ConflictException(
                                "incident "
                                        + id
                                        + " already has level "
                                        + t.record.level()
                                        + "; change it with POST …/level");
                    Optional<Proposed> p = propose(t.record);
                    EmergencyPlan plan =
                            planId != null
                                    ? plans.plan(planId)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "planId '"
                                                                            + planId
                                                                            + "' is not a known plan"))
                                    : p.map(Proposed::plan)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "no plan answers this incident: name one in planId"));
                    ResponseLevel l =
                            level != null
                                    ? level
                                    : p.filter(x -> x.plan().id().equals(plan.id()))
                                            .map(x -> x.proposal().level())
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalArgumentException(
                                                                    "no level was proposed for plan "
                                                                            + plan.id()
                                                                            + ": name one in level"));
                    if (plan.level(l).isEmpty())
                        throw new IllegalArgumentException(
                                "plan " + plan.id() + " defines no level " + l);
                    t.save(t.record.withDecision(plan.id(), l, t.nowMs));
                    JsonObject detail =
                            new JsonObject()
                                    .put("planId", plan.id())
                                    .put("level", l.name())
                                    .put("reason", reason)
                                    .put("proposal", p.map(EmergencyJson::proposal).orElse(null));
                    t.log(a, "level.decided", id, detail);
                    addTasks(t, plan, l, a);
                    notifyLevel(t.record, plan, "emergency.level.decided", reason);
                    return t.record;
                });
    }

    CommandRecord changeLevel(String id, ResponseLevel level, String reason, Actor a)
            throws SQLException {
        requireReason(reason);
        if (level == null) throw new IllegalArgumentException("level is missing");
        return tx.run(
                id,
                true,
                t -> {
                    if (t.record.decidedMs() == null)
                        throw new ConflictException(
                                "no level was decided yet for "
                                        + id
                                        + "; decide one first with POST …/decision");
                    if (t.record.level() == level)
                        throw new IllegalArgumentException("the level is already " + level);
                    EmergencyPlan plan = plans.plan(t.record.planId()).orElseThrow();
                    if (plan.level(level).isEmpty())
                        throw new IllegalArgumentException(
                                "plan " + plan.id() + " defines no level " + level);
                    ResponseLevel from = t.record.level();
                    t.save(t.record.withLevel(level));
                    t.log(
                            a,
                            "level.changed",
                            id,
                            new JsonObject()
                                    .put("from", from.name())
                                    .put("to", level.name())
                                    .put("reason", reason));
                    addTasks(t, plan, level, a);
                    notifyLevel(t.record, plan, "emergency.level.changed", reason);
                    return t.record;
                });
    }

    CommandRecord escalate(String id, String reason, Actor a) throws SQLException {
        requireReason(reason);
        return tx.run(
                id,
                true,
                t -> {
                    if (t.record.government())
                        throw new ConflictException(
                                "incident " + id + " is already at the government level");
                    t.save(t.record.withGovernment());
                    t.log(a, "escalated.government", id, new JsonObject().put("reason", reason));
                    notifier.notify(
                            request(t.record, "emergency.escalated", Map.of("reason", reason)));
                    return t.record;
                });
    }

    CommandRecord reportFacts(String id, Integer casualties, Boolean receptor, String note, Actor a)
            throws SQLException {
        if (casualties != null && casualties < 0)
            throw new IllegalArgumentException("casualties must be ≥ 0 but was " + casualties);
        return tx.run(
                id,
                true,
                t -> {
                    int c = casualties == null ? t.record.casualties() : casualties;
                    boolean r = receptor == null ? t.record.receptorReached() : receptor;
                    t.save(t.record.withFacts(c, r));
                    t.log(
                            a,
                            "facts.reported",
                            id,
                            new JsonObject()
                                    .put("casualties", c)
                                    .put("receptorReached", r)
                                    .put("note", note));
                    return t.record;
                });
    }

    CommandRecord evacuation(String id, String note, Actor a) throws SQLException {
        return tx.run(
                id,
                true,
                t -> {
                    if (t.record.evacuationMs() != null)
                        throw new ConflictException(
                                "the evacuation of " + id + " was already started");
                    t.save(t.record.withEvacuation(t.nowMs));
                    t.log(a, "evacuation.started", id, new JsonObject().put("note", note));
                    return t.record;
                });
    }

    /** Gives the all clear: closes the record and releases every resource still committed to it. */
    CommandRecord allClear(String id, String reason, Actor a) throws SQLException {
        requireReason(reason);
        return tx.run(
                id,
                true,
                t -> {
                    for (Dispatch d : t.repo().dispatches(t.c, id)) {
                        if (d.releasedMs() == null
                                && t.repo().release(t.c, d.dispatchId(), t.nowMs))
                            t.log(
                                    a,
                                    "resource.released",
                                    d.resourceId(),
                                    new JsonObject().put("dispatchId", d.dispatchId()));
                    }
                    t.save(t.record.withAllClear(t.nowMs));
                    t.log(a, "all-clear", id, new JsonObject().put("reason", reason));
                    notifier.notify(
                            request(t.record, "emergency.all-clear", Map.of("reason", reason)));
                    return t.record;
                });
    }

    /**
     * The incident changed: when enterprises joined (a domino incident), the record follows, so
     * their users see it and their people are told.
     */
    void updated(Incident i) throws SQLException {
        tx.run(
                i.id(),
                false,
                t -> {
                    if (t.record.enterprises().equals(i.enterprises())) return null;
                    List<String> before = t.record.enterprises();
                    t.save(t.record.withEnterprises(i.enterprises()));
                    t.log(
                            Actor.SYSTEM,
                            "incident.updated",
                            i.id(),
                            new JsonObject()
                                    .put("enterprisesBefore", String.join(",", before))
                                    .put("enterprises", String.join(",", i.enterprises())));
                    return null;
                });
    }

    /** The alarm side closed the incident: logged; the record stays open until the all clear. */
    void incidentClosed(String id) throws SQLException {
        tx.run(
                id,
                false,
                t -> {
                    t.log(Actor.SYSTEM, "incident.closed", id, new JsonObject());
                    return null;
                });
    }

    void note(String id, String text, Actor a) throws SQLException {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text is missing");
        tx.run(
                id,
                false,
                t -> {
                    t.log(a, "note", id, new JsonObject().put("text", text));
                    return null;
                });
    }

    private void addTasks(RecordTx.Tx t, EmergencyPlan plan, ResponseLevel l, Actor a)
            throws SQLException {
        Set<String> have = new HashSet<>();
        for (Task x : t.repo().tasks(t.c, t.record.incidentId())) have.add(x.actionId());
        for (EmergencyPlan.Action act : plan.level(l).orElseThrow().actions()) {
            if (have.contains(act.id())) continue;
            EmergencyPlan.Group g = plan.group(act.group()).orElseThrow();
            Task task =
                    new Task(
                            t.record.incidentId() + "/" + act.id(),
                            t.record.incidentId(),
                            act.id(),
                            l.name(),
                            g.id(),
                            g.ownerZh(),
                            g.ownerEn(),
                            act.textZh(),
                            act.textEn(),
                            act.withinMin(),
                            Task.Status.TODO,
                            t.nowMs,
                            null,
                            null);
            t.repo().insertTask(t.c, task);
            t.log(
                    a,
                    "task.created",
                    task.taskId(),
                    new JsonObject()
                            .put("group", g.id())
                            .put("owner", g.ownerZh())
                            .put("level", l.name()));
        }
    }

    private void notifyLevel(CommandRecord r, EmergencyPlan plan, String key, String reason) {
        notifier.notify(
                request(
                        r,
                        key,
                        Map.of(
                                "planZh",
                                plan.titleZh(),
                                "planEn",
                                String.valueOf(plan.titleEn()),
                                "levelZh",
                                r.level().nameZh(),
                                "levelEn",
                                r.level().nameEn(),
                                "reason",
                                reason)));
    }

    private static IncidentNotifier.NotificationRequest request(
            CommandRecord r, String key, Map<String, String> params) {
        return new IncidentNotifier.NotificationRequest(
                r.incidentId(),
                r.level() == null ? null : r.level().name(),
                key,
                r.enterprises(),
                params,
                r.drill());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank())
            throw new IllegalArgumentException("reason is required (请填写理由)");
    }

    List<Task> tasks(String id) throws SQLException {
        return tx.read(c -> tx.repo().tasks(c, id));
    }

    Optional<CommandRecord> record(String id) throws SQLException {
        return tx.read(c -> tx.repo().record(c, id));
    }

    List<CommandRecord> records(int limit) throws SQLException {
        return tx.read(c -> tx.repo().records(c, limit));
    }

    int drillsBetween(long fromMs, long toMs) throws SQLException {
        return tx.read(c -> tx.repo().drillsBetween(c, fromMs, toMs));
    }

    List<org.parkwatch.backend.security.AuditRecord> log(String id) throws SQLException {
        return tx.read(c -> tx.log().entries(c, id));
    }

    org.parkwatch.backend.security.AuditChain.Verifier verify(String id) throws SQLException {
        return tx.read(c -> tx.log().verify(c, id));
    }

    /** The plan a record decided, if any. */
    Optional<EmergencyPlan> planOf(CommandRecord r) {
        return plans.plan(r.planId());
    }
}
