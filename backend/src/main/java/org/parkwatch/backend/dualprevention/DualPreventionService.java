package org.parkwatch.backend.dualprevention;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Files and answers risk points, inspections and hidden dangers scoped to the caller (an enterprise
 * its own, the park everything), moves hidden dangers through {@link DangerLifecycle}, keeps their
 * photos in the {@link PhotoStore}, syncs an enterprise system's records idempotently by their
 * external id, and computes the figures ({@link #figures(long)}). Every write is one transaction: a
 * refused row leaves nothing behind. Methods block.
 */
public final class DualPreventionService {
    static final int MAX_SYNC_ROWS = 1000;

    private final DualPreventionRepository repository;
    private final PhotoStore photos;
    private final TenantScope tenancy;
    private final DualPreventionChecks checks;
    private final DualPreventionWrites writes;
    private final long reminderMs;

    DualPreventionService(
            DualPreventionRepository repository,
            PhotoStore photos,
            TenantScope tenancy,
            long reminderMs) {
        this.repository = repository;
        this.photos = photos;
        this.tenancy = tenancy;
        this.checks = new DualPreventionChecks(tenancy);
        this.writes = new DualPreventionWrites(repository, checks);
        this.reminderMs = reminderMs;
    }

    long reminderMs() {
        return reminderMs;
    }

    long photoMaxBytes() {
        return photos.maxBytes();
    }

    // ---- risk points

    List<RiskPoint> riskPoints(Principal p) throws SQLException {
        return repository.read(repository::riskPoints).stream()
                .filter(r -> p.sees(r.enterpriseId()))
                .toList();
    }

    /**
     * Files a risk point with its tasks; with an external id that the enterprise used before, it
     * updates that one (new tasks are added, old ones kept).
     *
     * @throws IllegalArgumentException bad input, naming the field
     * @throws SecurityException another enterprise's
     */
    RiskPoint fileRiskPoint(Principal p, Inputs.RiskPointIn in, long nowMs) throws SQLException {
        RiskPoint checked = checks.checkRiskPoint(p, in, nowMs, "");
        return repository.inTransaction(
                c -> writes.upsertRiskPoint(c, checked, in.tasks(), nowMs).point());
    }

    /**
     * Records an inspection of a task.
     *
     * @throws NoSuchElementException unknown task, or another enterprise's
     */
    InspectionRecord inspect(Principal p, String taskId, boolean normal, String note, long nowMs)
            throws SQLException {
        String checkedNote =
                DualPreventionChecks.text("note", note, DualPreventionChecks.MAX_NOTE, false);
        return repository.inTransaction(
                c -> {
                    String[] owner =
                            repository
                                    .taskOwner(c, taskId)
                                    .filter(o -> p.sees(o[1]))
                                    .orElseThrow(
                                            () ->
                                                    new NoSuchElementException(
                                                            "no inspection task " + taskId));
                    if (p.scoped() && !p.sees(owner[1])) {
                        throw new SecurityException("an enterprise inspects its own risk points");
                    }
                    InspectionRecord r =
                            new InspectionRecord(
                                    DualPreventionChecks.newId(),
                                    owner[0],
                                    nowMs,
                                    p.username(),
                                    normal,
                                    checkedNote == null ? "" : checkedNote);
                    repository.insertRecord(c, r);
                    return r;
                });
    }

    List<InspectionRecord> records(Principal p, String taskId) throws SQLException {
        return repository.read(
                c -> {
                    repository
                            .taskOwner(c, taskId)
                            .filter(o -> p.sees(o[1]))
                            .orElseThrow(
                                    () ->
                                            new NoSuchElementException(
                                                    "no inspection task " + taskId));
                    return repository.records(c, taskId);
                });
    }

    // ---- hidden dangers

    List<HiddenDanger> dangers(Principal p) throws SQLException {
        return repository.read(repository::dangers).stream()
                .filter(d -> p.sees(d.enterpriseId()))
                .toList();
    }

    /** A hidden danger with its history and photos. */
    record Detail(HiddenDanger danger, List<DangerEvent> events, List<DangerPhoto> photos) {}

    Detail detail(Principal p, String id) throws SQLException {
        return repository.read(
                c -> {
                    HiddenDanger d = visible(c, p, id);
                    return new Detail(d, repository.events(c, id), repository.photos(c, id));
                });
    }

    /**
     * Reports a hidden danger (state reported).
     *
     * @throws IllegalArgumentException bad input, naming the field
     * @throws SecurityException another enterprise's
     */
    HiddenDanger report(Principal p, Inputs.DangerIn in, long nowMs) throws SQLException {
        HiddenDanger d = checks.checkDanger(p, in, nowMs, "", DangerState.REPORTED);
        return repository.inTransaction(
                c -> {
                    writes.checkRiskPointOf(c, d, "");
                    if (d.externalId() != null
                            && repository
                                    .dangerByExternal(c, d.enterpriseId(), d.externalId())
                                    .isPresent()) {
                        throw new IllegalStateException(
                                "externalId "
                                        + d.externalId()
                                        + " is filed already; POST /api/dual-prevention/sync"
                                        + " updates it");
                    }
                    repository.insertDanger(c, d);
                    repository.appendEvent(
                            c,
                            new DangerEvent(
                                    d.id(), nowMs, p.username(), "report", null, d.state(), ""));
                    return d;
                });
    }

    /**
     * Takes one life-cycle step.
     *
     * @throws IllegalStateException the step is not allowed now: the message names the rule (409)
     * @throws IllegalArgumentException a field the step needs is missing or bad (400)
     * @throws NoSuchElementException unknown, or another enterprise's (404)
     */
    HiddenDanger act(Principal p, String id, Inputs.Step step, long nowMs) throws SQLException {
        DangerAction action = DangerAction.parse(step.action());
        String note =
                DualPreventionChecks.text(
                        "note", step.note(), DualPreventionChecks.MAX_NOTE, false);
        return repository.inTransaction(
                c -> {
                    HiddenDanger d = visible(c, p, id);
                    DangerState to = DangerLifecycle.apply(d.state(), action);
                    DangerLevel level = d.level();
                    Long deadline = d.deadlineMs();
                    String person = d.responsible();
                    if (action == DangerAction.ASSESS) {
                        if (step.level() == null) {
                            throw new IllegalArgumentException(
                                    "level: required to assess (general or major)");
                        }
                        level = DangerLevel.parse(step.level());
                    }
                    if (action == DangerAction.ASSIGN
                            || (action == DangerAction.REJECT && step.deadlineMs() != null)) {
                        deadline =
                                DualPreventionChecks.checkDeadline(
                                        step.deadlineMs(), nowMs, "deadlineMs");
                        if (action == DangerAction.ASSIGN) {
                            person =
                                    DualPreventionChecks.text(
                                            "responsible", step.responsible(), 100, true);
                        }
                    }
                    HiddenDanger next =
                            new HiddenDanger(
                                    d.id(),
                                    d.enterpriseId(),
                                    d.externalId(),
                                    d.riskPointId(),
                                    d.title(),
                                    d.description(),
                                    d.geometryJson(),
                                    to,
                                    level,
                                    deadline,
                                    person,
                                    d.reportedMs(),
                                    d.reportedBy(),
                                    nowMs);
                    repository.updateDanger(c, next);
                    repository.appendEvent(
                            c,
                            new DangerEvent(
                                    id,
                                    nowMs,
                                    p.username(),
                                    action.id(),
                                    d.state(),
                                    to,
                                    note == null ? "" : note));
                    return next;
                });
    }

    /**
     * Checks and stores a photo of a hidden danger: the file first (content-addressed, so a retry
     * or a failed row leaves at most an unreferenced file, never a row without its file), then the
     * reference.
     *
     * @throws IllegalArgumentException empty, too large, not JPEG or PNG by its bytes
     * @throws IllegalStateException the hidden danger is closed
     */
    DangerPhoto attach(Principal p, String id, String declaredType, byte[] bytes, long nowMs)
            throws SQLException, IOException {
        HiddenDanger d = repository.read(c -> visible(c, p, id));
        String type = photos.check(declaredType, bytes);
        if (!d.state().open()) {
            throw new IllegalStateException(
                    DangerLifecycle.CLOSED_IS_FINAL.message() + "; no photo is added");
        }
        String sha = photos.store(bytes);
        DangerPhoto photo =
                new DangerPhoto(id, sha, type, bytes.length, d.state(), nowMs, p.username());
        repository.inTransaction(c -> repository.insertPhoto(c, photo));
        return photo;
    }

    /** A photo's type and bytes, when the caller sees its hidden danger. */
    record PhotoBytes(String contentType, byte[] bytes) {}

    Optional<PhotoBytes> photo(Principal p, String id, String sha)
            throws SQLException, IOException {
        Optional<DangerPhoto> row =
                repository.read(
                        c -> {
                            visible(c, p, id);
                            return repository.photo(c, id, sha);
                        });
        if (row.isEmpty()) return Optional.empty();
        return photos.read(sha).map(b -> new PhotoBytes(row.get().contentType(), b));
    }

    // ---- sync

    /**
     * Creates or updates an enterprise's risk points and hidden dangers by their external ids, all
     * or nothing. A synced hidden danger moves forward only (to a later state of the life cycle,
     * with what that state needs); going back is refused naming the rule.
     *
     * @throws IllegalArgumentException naming the row and field
     */
    Inputs.SyncResult sync(
            Principal p,
            String enterpriseId,
            List<Inputs.RiskPointIn> points,
            List<Inputs.DangerIn> dangers,
            long nowMs)
            throws SQLException {
        return writes.sync(p, enterpriseId, points, dangers, nowMs);
    }

    // ---- figures

    /** The park's figures for the daily and quarterly reports: every enterprise, unscoped. */
    public DualPreventionSummary figures(long nowMs) throws SQLException {
        return figures(null, nowMs);
    }

    /** The figures the caller sees (an enterprise: its own; the park row then covers it only). */
    DualPreventionSummary figures(Principal p, long nowMs) throws SQLException {
        List<HiddenDanger> ds = repository.read(repository::dangers);
        List<RiskPoint> rps = repository.read(repository::riskPoints);
        if (p != null) {
            ds = ds.stream().filter(d -> p.sees(d.enterpriseId())).toList();
            rps = rps.stream().filter(r -> p.sees(r.enterpriseId())).toList();
        }
        Map<String, List<HiddenDanger>> byEnt = new TreeMap<>();
        Map<String, List<RiskPoint>> rpByEnt = new TreeMap<>();
        for (String e : tenancy.enterpriseIds()) {
            if (TenantScope.PARK_ID.equals(e) || (p != null && !p.sees(e))) continue;
            byEnt.put(e, new ArrayList<>());
            rpByEnt.put(e, new ArrayList<>());
        }
        for (HiddenDanger d : ds)
            byEnt.computeIfAbsent(d.enterpriseId(), k -> new ArrayList<>()).add(d);
        for (RiskPoint r : rps)
            rpByEnt.computeIfAbsent(r.enterpriseId(), k -> new ArrayList<>()).add(r);
        List<DualPreventionFigures> per = new ArrayList<>();
        for (String e : byEnt.keySet())
            per.add(figuresOf(e, byEnt.get(e), rpByEnt.getOrDefault(e, List.of()), nowMs));
        List<HiddenDanger> major = ds.stream().filter(d -> d.major() && d.state().open()).toList();
        return new DualPreventionSummary(
                nowMs, figuresOf(null, ds, rps, nowMs), List.copyOf(per), major);
    }

    static DualPreventionFigures figuresOf(
            String enterpriseId, List<HiddenDanger> ds, List<RiskPoint> rps, long nowMs) {
        int open = 0, overdue = 0, major = 0, rectified = 0;
        for (HiddenDanger d : ds) {
            if (d.state().open()) open++;
            if (d.overdue(nowMs)) overdue++;
            if (d.major() && d.state().open()) major++;
            if (d.state().rectified()) rectified++;
        }
        int[] colours = new int[4];
        int inspectionsOverdue = 0;
        for (RiskPoint r : rps) {
            colours[r.assessment().grade().ordinal()]++;
            for (InspectionTask t : r.tasks()) if (t.overdue(nowMs)) inspectionsOverdue++;
        }
        return new DualPreventionFigures(
                enterpriseId,
                ds.size(),
                open,
                overdue,
                major,
                rectified,
                ds.isEmpty() ? Double.NaN : (double) rectified / ds.size(),
                new DualPreventionFigures.Colours(colours[0], colours[1], colours[2], colours[3]),
                inspectionsOverdue);
    }

    /** Every hidden danger past its deadline, for the overdue alarms. */
    List<HiddenDanger> overdue(long nowMs) throws SQLException {
        return repository.read(repository::dangers).stream().filter(d -> d.overdue(nowMs)).toList();
    }

    // ---- checks

    private HiddenDanger visible(Connection c, Principal p, String id) throws SQLException {
        return repository
                .danger(c, id)
                .filter(d -> p.sees(d.enterpriseId()))
                .orElseThrow(() -> new NoSuchElementException("no hidden danger " + id));
    }
}
