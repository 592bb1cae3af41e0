package org.parkwatch.backend.workpermit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * The park's special work permits: filed, updated, moved through their states, imported, checked
 * against the rules first (nothing is stored when one fails), written to the database before the
 * memory (nothing half-written), read within the caller's tenancy. Every method is serialised; the
 * listeners hear each change after it is stored.
 */
public final class WorkPermitService {
    /** The outcome of a filing: the permit as stored, and whether it was new. */
    public record Filed(SpecialWorkPermit permit, boolean created) {}

    private final WorkPermitRepository repository;
    private final WorkRuleBook rules;
    private final TenantScope tenancy;
    private final Map<String, SpecialWorkPermit> byId = new LinkedHashMap<>();
    private final Map<String, String> idByExternal = new HashMap<>();
    private final Map<String, Integer> lastNumber = new HashMap<>();
    private final List<SpotCheck> spotChecks = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param repository null without a database (memory only)
     */
    WorkPermitService(WorkPermitRepository repository, WorkRuleBook rules, TenantScope tenancy) {
        this.repository = repository;
        this.rules = rules;
        this.tenancy = tenancy;
    }

    /**
     * A permit from a request body, as the API parses it (for in-process callers: the benchmark).
     */
    public SpecialWorkPermit parse(
            io.vertx.core.json.JsonObject body, Principal caller, long nowMs) {
        return WorkPermitJson.parse(
                body, caller.scoped() ? caller.enterpriseId() : null, caller.username(), nowMs);
    }

    /** Loads what is stored (call once before serving). */
    synchronized void load() throws SQLException {
        if (repository == null) return;
        for (SpecialWorkPermit p : repository.all()) remember(p);
        spotChecks.addAll(repository.spotChecks());
        fire();
    }

    /** Called after every stored change (from the writing thread). */
    public void addChangeListener(Runnable r) {
        listeners.add(r);
    }

    public WorkRuleBook rules() {
        return rules;
    }

    public synchronized boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The permits the caller sees that match, newest window first. */
    public synchronized List<SpecialWorkPermit> list(Principal caller, WorkPermitQuery q) {
        List<SpecialWorkPermit> out = new ArrayList<>();
        for (SpecialWorkPermit p : byId.values())
            if (caller.sees(p.enterpriseId()) && q.matches(p)) out.add(p);
        out.sort((a, b) -> Long.compare(b.startMs(), a.startMs()));
        return out;
    }

    /** Every permit active at {@code nowMs}, whoever owns it (for the cross-checks). */
    public synchronized List<SpecialWorkPermit> active(long nowMs) {
        List<SpecialWorkPermit> out = new ArrayList<>();
        for (SpecialWorkPermit p : byId.values()) if (p.activeAt(nowMs)) out.add(p);
        return out;
    }

    /**
     * Every permit past its application (approved, in progress, suspended or closed) whose window
     * overlaps [fromMs, toMs), whoever owns it (for the daily duty report and the tracker).
     */
    public synchronized List<SpecialWorkPermit> grantedBetween(long fromMs, long toMs) {
        List<SpecialWorkPermit> out = new ArrayList<>();
        for (SpecialWorkPermit p : byId.values())
            if (p.state() != WorkState.APPLIED && p.overlaps(fromMs, toMs)) out.add(p);
        return out;
    }

    /** Every permit in progress, whoever owns it (for the cross-checks). */
    public synchronized List<SpecialWorkPermit> inProgress() {
        List<SpecialWorkPermit> out = new ArrayList<>();
        for (SpecialWorkPermit p : byId.values())
            if (p.state() == WorkState.IN_PROGRESS) out.add(p);
        return out;
    }

    /**
     * @throws NoSuchElementException when there is none the caller sees (another's answers alike)
     */
    public synchronized SpecialWorkPermit get(Principal caller, String id) {
        SpecialWorkPermit p = byId.get(id);
        if (p == null || !caller.sees(p.enterpriseId()))
            throw new NoSuchElementException("no work permit " + id);
        return p;
    }

    /**
     * Files a permit, or updates the one with the same enterprise and external id (an integration
     * pushing again).
     *
     * @throws RuleViolationException when a rule refuses it
     * @throws IllegalStateException when the permit to update is closed
     */
    public synchronized Filed file(Principal caller, SpecialWorkPermit draft, long nowMs)
            throws SQLException {
        checkWriter(caller, draft.enterpriseId());
        String existing =
                draft.externalId() == null
                        ? null
                        : idByExternal.get(externalKey(draft.enterpriseId(), draft.externalId()));
        if (existing != null) return new Filed(update(caller, existing, draft, nowMs), false);
        checkRules(draft);
        SpecialWorkPermit p = draft.withId(nextId(draft.enterpriseId()));
        store(List.of(p), List.of());
        return new Filed(p, true);
    }

    /** Replaces a permit's fields (not its state) while it is not closed. */
    public synchronized SpecialWorkPermit update(
            Principal caller, String id, SpecialWorkPermit draft, long nowMs) throws SQLException {
        SpecialWorkPermit old = get(caller, id);
        checkWriter(caller, old.enterpriseId());
        if (!old.enterpriseId().equals(draft.enterpriseId()))
            throw new IllegalArgumentException("enterpriseId: a permit cannot change enterprise");
        if (old.state() == WorkState.CLOSED)
            throw new IllegalStateException("work permit " + id + " is closed");
        if (old.externalId() != null
                && draft.externalId() != null
                && !old.externalId().equals(draft.externalId()))
            throw new IllegalArgumentException("externalId: differs from the stored permit's");
        SpecialWorkPermit p = draft.replacing(old, nowMs);
        if (p.externalId() == null && old.externalId() != null)
            p = withExternal(p, old.externalId());
        checkRules(p);
        store(List.of(), List.of(p));
        return p;
    }

    /**
     * Moves a permit to {@code to}: approval needs an approver (named here or on the permit),
     * starting hot or confined-space work a fresh gas analysis within limits.
     *
     * @param approver the approver's name, added to the permit's people; may be null
     * @throws IllegalStateException an illegal transition (409), naming it
     * @throws RuleViolationException a rule refuses it (422)
     */
    public synchronized SpecialWorkPermit transition(
            Principal caller, String id, WorkState to, String approver, long nowMs)
            throws SQLException {
        SpecialWorkPermit old = get(caller, id);
        checkWriter(caller, old.enterpriseId());
        WorkStateMachine.check(old.state(), to);
        SpecialWorkPermit p = old;
        if (to == WorkState.APPROVED) {
            if (approver != null && !approver.isBlank()) {
                List<ResponsiblePerson> people = new ArrayList<>(p.people());
                people.add(new ResponsiblePerson("approver", approver.trim(), null));
                p = p.withPeople(people, nowMs);
            }
            List<RuleViolation> v = rules.checkApproval(p);
            if (!v.isEmpty()) throw new RuleViolationException(v);
        }
        if (to == WorkState.IN_PROGRESS) {
            List<RuleViolation> v = rules.checkStart(p, nowMs);
            if (!v.isEmpty()) throw new RuleViolationException(v);
        }
        p = p.withState(to, nowMs);
        store(List.of(), List.of(p));
        return p;
    }

    /** Adds a gas analysis (refused when out of limits); not to a closed permit. */
    public synchronized SpecialWorkPermit addGasAnalysis(
            Principal caller, String id, GasAnalysis a, long nowMs) throws SQLException {
        SpecialWorkPermit old = get(caller, id);
        checkWriter(caller, old.enterpriseId());
        if (old.state() == WorkState.CLOSED)
            throw new IllegalStateException("work permit " + id + " is closed");
        SpecialWorkPermit p = old.withGasAnalysis(a, nowMs);
        List<RuleViolation> v = new ArrayList<>();
        for (RuleViolation x : rules.checkFiling(p))
            if (x.field().startsWith("gasAnalyses")) v.add(x);
        // an analysis after the start is checked against the time it is taken, not the start
        v.removeIf(x -> x.ruleId().endsWith("GAS-AGE") && a.atMs() >= p.startMs());
        if (!v.isEmpty()) throw new RuleViolationException(v);
        store(List.of(), List.of(p));
        return p;
    }

    /**
     * Files every row of an import, all or none: each is checked first; a row that fails is named
     * by its line (1 = the header) and nothing is stored. Rows with an external id already stored
     * update that permit.
     *
     * @throws IllegalArgumentException naming the line and field or rule
     */
    public synchronized List<Filed> importAll(
            Principal caller, List<SpecialWorkPermit> rows, List<Integer> lines, long nowMs)
            throws SQLException {
        List<SpecialWorkPermit> inserts = new ArrayList<>();
        List<SpecialWorkPermit> updates = new ArrayList<>();
        List<Filed> out = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>(lastNumber);
        java.util.Set<String> seenExternal = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            SpecialWorkPermit d = rows.get(i);
            int line = lines.get(i);
            try {
                checkWriter(caller, d.enterpriseId());
                checkRules(d);
            } catch (RuleViolationException | SecurityException e) {
                throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
            }
            String ext =
                    d.externalId() == null ? null : externalKey(d.enterpriseId(), d.externalId());
            if (ext != null && !seenExternal.add(ext))
                throw new IllegalArgumentException(
                        "line "
                                + line
                                + ": externalId "
                                + d.externalId()
                                + " appears twice in the file");
            String existing = ext == null ? null : idByExternal.get(ext);
            if (existing != null) {
                SpecialWorkPermit old = byId.get(existing);
                if (old.state() == WorkState.CLOSED)
                    throw new IllegalArgumentException(
                            "line " + line + ": work permit " + existing + " is closed");
                SpecialWorkPermit p = d.replacing(old, nowMs);
                updates.add(p);
                out.add(new Filed(p, false));
            } else {
                int n = number.merge(d.enterpriseId(), 1, Integer::sum);
                SpecialWorkPermit p = d.withId(id(d.enterpriseId(), n));
                inserts.add(p);
                out.add(new Filed(p, true));
            }
        }
        store(inserts, updates);
        return out;
    }

    /** Records a spot check of a permit the caller sees. */
    public synchronized SpotCheck spotCheck(
            Principal caller, String permitId, String cameraId, String note, long nowMs)
            throws SQLException {
        SpecialWorkPermit p = get(caller, permitId);
        long id = spotChecks.isEmpty() ? 1 : spotChecks.get(spotChecks.size() - 1).id() + 1;
        SpotCheck s =
                new SpotCheck(
                        id,
                        p.id(),
                        p.enterpriseId(),
                        cameraId,
                        caller.username(),
                        caller.role().id(),
                        nowMs,
                        note == null ? "" : note);
        if (repository != null) repository.insertSpotCheck(s);
        spotChecks.add(s);
        return s;
    }

    /** The spot checks the caller sees, of one permit or (null) all, newest first. */
    public synchronized List<SpotCheck> spotChecks(Principal caller, String permitId) {
        List<SpotCheck> out = new ArrayList<>();
        for (int i = spotChecks.size() - 1; i >= 0; i--) {
            SpotCheck s = spotChecks.get(i);
            if (caller.sees(s.enterpriseId())
                    && (permitId == null || permitId.equals(s.permitId()))) out.add(s);
        }
        return out;
    }

    private void checkRules(SpecialWorkPermit p) {
        List<RuleViolation> v = rules.checkFiling(p);
        if (!v.isEmpty()) throw new RuleViolationException(v);
    }

    private void checkWriter(Principal caller, String enterpriseId) {
        if (caller.scoped() && !enterpriseId.equals(caller.enterpriseId()))
            throw new SecurityException(
                    "an enterprise user files permits of its own enterprise only");
        if (!tenancy.isEnterprise(enterpriseId) || TenantScope.PARK_ID.equals(enterpriseId))
            throw new IllegalArgumentException("enterpriseId: unknown enterprise " + enterpriseId);
    }

    private void store(List<SpecialWorkPermit> inserts, List<SpecialWorkPermit> updates)
            throws SQLException {
        if (repository != null) repository.save(inserts, updates);
        for (SpecialWorkPermit p : inserts) remember(p);
        for (SpecialWorkPermit p : updates) remember(p);
        fire();
    }

    private void fire() {
        for (Runnable r : listeners) r.run();
    }

    private void remember(SpecialWorkPermit p) {
        byId.put(p.id(), p);
        if (p.externalId() != null)
            idByExternal.put(externalKey(p.enterpriseId(), p.externalId()), p.id());
        String prefix = "WP-" + p.enterpriseId() + "-";
        if (p.id().startsWith(prefix)) {
            try {
                int n = Integer.parseInt(p.id().substring(prefix.length()));
                lastNumber.merge(p.enterpriseId(), n, Math::max);
            } catch (NumberFormatException e) {
                // an id of another form: numbering goes on from the others
            }
        }
    }

    private String nextId(String enterpriseId) {
        return id(enterpriseId, lastNumber.getOrDefault(enterpriseId, 0) + 1);
    }

    private static String id(String enterpriseId, int n) {
        return String.format("WP-%s-%04d", enterpriseId, n);
    }

    private static String externalKey(String enterpriseId, String externalId) {
        return enterpriseId + "\u0000" + externalId;
    }

    private static SpecialWorkPermit withExternal(SpecialWorkPermit p, String ext) {
        return new SpecialWorkPermit(
                p.id(),
                p.enterpriseId(),
                ext,
                p.kind(),
                p.level(),
                p.state(),
                p.placeZh(),
                p.geometry(),
                p.startMs(),
                p.endMs(),
                p.people(),
                p.gasAnalyses(),
                p.startedMs(),
                p.createdBy(),
                p.createdMs(),
                p.updatedMs(),
                p.note());
    }
}
