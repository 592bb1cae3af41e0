package org.parkwatch.backend.safetyduty;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;

/**
 * Checks and files responsibility checks, commitments and unit filings for the caller's own
 * enterprise, answers them scoped to the caller, and decides the two live consequences: the
 * missing-commitment alarm after the deadline and the suppression by design of a shut-down unit's
 * alarms ({@link #refresh}, offered by {@link LiveConsequences} under this service's monitor).
 * Methods block (database).
 *
 * <p>Errors: {@link IllegalArgumentException} bad input (400, naming the field), {@link
 * SecurityException} another enterprise's (403), {@link NoSuchElementException} unknown id (404),
 * {@link IllegalStateException} a conflict with what is stored (409).
 */
public final class SafetyDutyService {
    /** A check may be filed up to this long after it took place: a year. */
    static final long MAX_CHECK_AGE_MS = 366L * 86_400_000L;

    /** Clock skew allowed for times "now" sent by a client, ms. */
    static final long FUTURE_SLACK_MS = 5 * 60_000L;

    /** Largest count of units or works in a commitment: more is a typo. */
    static final int MAX_COUNT = 1000;

    /** The park-wide view of the figures and the live decisions. */
    private static final Principal PARK_VIEW = new Principal("safety-duty", Role.ADMIN, null);

    private final SafetyDutyRepository repository;
    private final TenantScope tenancy;
    private final SafetyDutyPorts.MajorHazards hazards;
    private final Map<String, DutyUnit> units;
    private final CommitmentDeadline deadline;
    private final LongSupplier clockMs;

    /** What was offered to the alarms; guarded by this service's monitor. */
    private final LiveConsequences consequences;

    SafetyDutyService(
            SafetyDutyRepository repository,
            TenantScope tenancy,
            SafetyDutyPorts.MajorHazards hazards,
            List<DutyUnit> units,
            CommitmentDeadline deadline,
            LongSupplier clockMs,
            SafetyDutyPorts.ConditionOffer alarms,
            SafetyDutyPorts.FiledSuppression suppression) {
        this.repository = repository;
        this.tenancy = tenancy;
        this.hazards = hazards;
        this.units = new LinkedHashMap<>();
        units.forEach(u -> this.units.put(u.unitId(), u));
        this.deadline = deadline;
        this.clockMs = clockMs;
        this.consequences =
                new LiveConsequences(this.units.values(), deadline, alarms, suppression);
    }

    public CommitmentDeadline deadline() {
        return deadline;
    }

    /** The enterprises that declare (every one but the park administration), sorted. */
    public List<String> enterprises() {
        Set<String> ids = new TreeSet<>(tenancy.enterpriseIds());
        ids.remove(TenantScope.PARK_ID);
        return List.copyOf(ids);
    }

    // --- responsibility (包保责任制) ---

    /** Every duty the caller sees with its state now; overdue first when {@code overdueOnly}. */
    public List<DutyStatus> duties(Principal p, String unitId, boolean overdueOnly)
            throws SQLException {
        long now = clockMs.getAsLong();
        Map<String, Long> last = new HashMap<>();
        for (DutyCheck k : repository.checks(unitId)) {
            last.merge(k.unitId() + "|" + k.role().id(), k.checkedMs(), Math::max);
        }
        List<DutyStatus> out = new ArrayList<>();
        for (Responsible r : repository.responsibles()) {
            if (unitId != null && !unitId.equals(r.unitId())) continue;
            if (!tenancy.seesEnterprise(p, r.enterpriseId())) continue;
            Long l = last.get(r.unitId() + "|" + r.role().id());
            long due = DutyCycles.dueMs(r.role(), r.sinceMs(), l);
            boolean overdue = now > due;
            if (overdueOnly && !overdue) continue;
            out.add(new DutyStatus(r, DutyCycles.of(r.role()), l, due, overdue));
        }
        return out;
    }

    /** The checks of one unit the caller sees, newest first. */
    public List<DutyCheck> checks(Principal p, String unitId) throws SQLException {
        SafetyDutyPorts.HazardUnitRef u = visibleUnit(p, unitId);
        return repository.checks(u.unitId());
    }

    /**
     * Files a check by the responsible person of a role of a major hazard installation.
     *
     * @throws IllegalArgumentException unknown unit, not a major hazard, no such duty, bad time or
     *     findings
     * @throws SecurityException the unit is another enterprise's
     */
    public DutyCheck fileCheck(Principal p, DutyCheck k) throws SQLException {
        Responsible r = responsibleFor(p, k.unitId(), k.role());
        long now = clockMs.getAsLong();
        if (k.checkedMs() > now + FUTURE_SLACK_MS) {
            throw new IllegalArgumentException("checkedAt is in the future");
        }
        if (k.checkedMs() < now - MAX_CHECK_AGE_MS) {
            throw new IllegalArgumentException("checkedAt is more than a year ago");
        }
        if (k.findings() == null || k.findings().isBlank()) {
            throw new IllegalArgumentException("findings are required (what the check found)");
        }
        if (k.findings().length() > 1000) {
            throw new IllegalArgumentException("findings are longer than 1000 characters");
        }
        String person = k.person() == null || k.person().isBlank() ? r.person() : k.person().trim();
        if (person.length() > 64) throw new IllegalArgumentException("person is longer than 64");
        return repository.addCheck(
                new DutyCheck(
                        0,
                        r.unitId(),
                        r.role(),
                        r.enterpriseId(),
                        person,
                        k.checkedMs(),
                        k.findings().trim(),
                        p.username(),
                        now));
    }

    /**
     * Puts the responsible person of a role of a major hazard installation (the enterprise's own).
     */
    public Responsible putResponsible(Principal p, String unitId, DutyRole role, String person)
            throws SQLException {
        SafetyDutyPorts.HazardUnitRef u = ownMajorHazard(p, unitId);
        if (person == null || person.isBlank() || person.trim().length() > 64) {
            throw new IllegalArgumentException("person must be a name of 1–64 characters");
        }
        Responsible r =
                new Responsible(
                        u.unitId(), role, u.enterpriseId(), person.trim(), clockMs.getAsLong());
        repository.putResponsible(r);
        return r;
    }

    /** Puts a seeded responsible person as given (the demo seed; no caller). */
    void seedResponsible(Responsible r) throws SQLException {
        repository.putResponsible(r);
    }

    private Responsible responsibleFor(Principal p, String unitId, DutyRole role)
            throws SQLException {
        SafetyDutyPorts.HazardUnitRef u = ownMajorHazard(p, unitId);
        for (Responsible r : repository.responsibles()) {
            if (r.unitId().equals(u.unitId()) && r.role() == role) return r;
        }
        throw new IllegalArgumentException(
                "unit " + unitId + " has no " + role.id() + " (" + role.zh() + ") on file");
    }

    private SafetyDutyPorts.HazardUnitRef ownMajorHazard(Principal p, String unitId) {
        SafetyDutyPorts.HazardUnitRef u =
                hazards.unit(unitId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unitId '" + unitId + "' is no unit of the park"));
        if (!tenancy.seesEnterprise(p, u.enterpriseId())) {
            throw new SecurityException(
                    "unit " + unitId + " is not your enterprise's major hazard installation");
        }
        if (!hazards.majorHazardIds().contains(u.unitId())) {
            throw new IllegalArgumentException(
                    "unit " + unitId + " is not a major hazard installation (GB 18218 grading)");
        }
        return u;
    }

    private SafetyDutyPorts.HazardUnitRef visibleUnit(Principal p, String unitId) {
        return hazards.unit(unitId)
                .filter(u -> tenancy.seesEnterprise(p, u.enterpriseId()))
                .orElseThrow(() -> new NoSuchElementException("no unit '" + unitId + "'"));
    }

    /** 包保责任制 in figures now (park-wide). */
    public ResponsibilitySummary responsibilitySummary() throws SQLException {
        long now = clockMs.getAsLong();
        List<DutyStatus> all = duties(PARK_VIEW, null, false);
        int overdue = (int) all.stream().filter(DutyStatus::overdue).count();
        int hazardsOnFile =
                (int) all.stream().map(d -> d.responsible().unitId()).distinct().count();
        int hazardsOverdue =
                (int)
                        all.stream()
                                .filter(DutyStatus::overdue)
                                .map(d -> d.responsible().unitId())
                                .distinct()
                                .count();
        int recent =
                (int)
                        repository.checks(null).stream()
                                .filter(k -> k.checkedMs() >= now - 30L * 86_400_000L)
                                .count();
        return new ResponsibilitySummary(
                hazardsOnFile, all.size(), overdue, hazardsOverdue, recent);
    }

    // --- daily commitment (安全承诺公告) ---

    /** Today's rows the caller sees. */
    public List<CommitmentBoard.Row> today(Principal p) throws SQLException {
        long now = clockMs.getAsLong();
        LocalDate day = deadline.day(now);
        List<String> seen =
                enterprises().stream().filter(e -> tenancy.seesEnterprise(p, e)).toList();
        return CommitmentBoard.rows(
                seen, repository.commitments(day.toString()), deadline.deadlineMs(day), now);
    }

    /** Today's commitments in figures (park-wide). */
    public CommitmentSummary commitmentSummary() throws SQLException {
        return CommitmentBoard.summary(
                deadline.day(clockMs.getAsLong()).toString(), today(PARK_VIEW));
    }

    /**
     * Declares today's commitment of the caller's enterprise (an administrator names it).
     *
     * @throws SecurityException a declaration for another enterprise
     * @throws IllegalStateException already declared today
     */
    public Commitment declare(Principal p, Commitment c) throws SQLException {
        String e = c.enterpriseId();
        if (p.scoped()) {
            if (e != null && !e.equals(p.enterpriseId())) {
                throw new SecurityException(
                        "enterpriseId "
                                + e
                                + ": an enterprise declares its own commitment only ("
                                + p.enterpriseId()
                                + ")");
            }
            e = p.enterpriseId();
        }
        if (e == null || !enterprises().contains(e)) {
            throw new IllegalArgumentException(
                    "enterpriseId '" + e + "' is no enterprise of the park");
        }
        count("unitsRunning", c.unitsRunning());
        count("unitsStopped", c.unitsStopped());
        count("startups", c.startups());
        count("shutdowns", c.shutdowns());
        for (Map.Entry<String, Integer> w : c.specialWork().entrySet()) {
            if (!Commitment.SPECIAL_WORK_KINDS.contains(w.getKey())) {
                throw new IllegalArgumentException(
                        "specialWork."
                                + w.getKey()
                                + ": unknown kind; expected "
                                + Commitment.SPECIAL_WORK_KINDS);
            }
            count("specialWork." + w.getKey(), w.getValue());
        }
        if (c.responsible() == null
                || c.responsible().isBlank()
                || c.responsible().trim().length() > 64) {
            throw new IllegalArgumentException("responsible must be a name of 1–64 characters");
        }
        long now = clockMs.getAsLong();
        Commitment stored =
                new Commitment(
                        e,
                        deadline.day(now).toString(),
                        now,
                        c.unitsRunning(),
                        c.unitsStopped(),
                        c.hazardsControlled(),
                        c.specialWork(),
                        c.startups(),
                        c.shutdowns(),
                        c.turnaround(),
                        c.safeState(),
                        c.responsible().trim(),
                        p.username());
        repository.addCommitment(stored);
        refreshCommitments(now);
        return stored;
    }

    /** Stores a seeded commitment as given (the demo seed). */
    void seedCommitment(Commitment c) throws SQLException {
        repository.addCommitment(c);
    }

    private static void count(String field, int n) {
        if (n < 0 || n > MAX_COUNT) {
            throw new IllegalArgumentException(
                    field + " must be a count 0–" + MAX_COUNT + ", got " + n);
        }
    }

    // --- calendar (开停车/大检修) ---

    /** The units the calendar knows that the caller sees. */
    public List<DutyUnit> units(Principal p) {
        return units.values().stream()
                .filter(u -> tenancy.seesEnterprise(p, u.enterpriseId()))
                .toList();
    }

    /** The filings the caller sees, by unit and planned start. */
    public List<UnitFiling> filings(Principal p) throws SQLException {
        return repository.filings().stream()
                .filter(f -> tenancy.seesEnterprise(p, f.enterpriseId()))
                .toList();
    }

    /** The filing in force of each unit the caller sees now (absent: running). */
    public Map<String, Optional<UnitFiling>> unitStates(Principal p) throws SQLException {
        long now = clockMs.getAsLong();
        Map<String, List<UnitFiling>> byUnit = byUnit(repository.filings());
        Map<String, Optional<UnitFiling>> out = new LinkedHashMap<>();
        for (DutyUnit u : units(p)) {
            out.put(
                    u.unitId(),
                    UnitCalendar.inForce(byUnit.getOrDefault(u.unitId(), List.of()), now));
        }
        return out;
    }

    /** The calendar in figures now (park-wide). */
    public UnitStateSummary unitSummary() throws SQLException {
        int shut = 0;
        int turn = 0;
        int prefixes = 0;
        for (Map.Entry<String, Optional<UnitFiling>> e : unitStates(PARK_VIEW).entrySet()) {
            if (e.getValue().isEmpty()) continue;
            if (e.getValue().get().kind() == FilingKind.TURNAROUND) turn++;
            else shut++;
            prefixes += units.get(e.getKey()).tagPrefixes().size();
        }
        return new UnitStateSummary(units.size(), shut, turn, prefixes);
    }

    /**
     * Files a start-up, shutdown or turnaround of a unit of the caller's enterprise.
     *
     * @throws IllegalArgumentException unknown unit, end before start, no approver
     * @throws SecurityException another enterprise's unit
     */
    public UnitFiling file(Principal p, UnitFiling f) throws SQLException {
        DutyUnit u = units.get(f.unitId());
        if (u == null) {
            throw new IllegalArgumentException(
                    "unitId '"
                            + f.unitId()
                            + "' is no unit of the calendar; known: "
                            + units.keySet().stream()
                                    .filter(
                                            id ->
                                                    tenancy.seesEnterprise(
                                                            p, units.get(id).enterpriseId()))
                                    .toList());
        }
        if (!tenancy.seesEnterprise(p, u.enterpriseId())) {
            throw new SecurityException("unit " + f.unitId() + " is not your enterprise's");
        }
        checkWindow("plannedEnd", f.plannedStartMs(), f.plannedEndMs(), "plannedStart");
        if (f.actualStartMs() != null && f.actualEndMs() != null) {
            checkWindow("actualEnd", f.actualStartMs(), f.actualEndMs(), "actualStart");
        }
        if (f.approver() == null || f.approver().isBlank() || f.approver().trim().length() > 64) {
            throw new IllegalArgumentException("approver must be a name of 1–64 characters");
        }
        if (f.note() != null && f.note().length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        UnitFiling stored =
                repository.addFiling(
                        new UnitFiling(
                                0,
                                u.enterpriseId(),
                                u.unitId(),
                                f.kind(),
                                f.plannedStartMs(),
                                f.plannedEndMs(),
                                f.actualStartMs(),
                                f.actualEndMs(),
                                f.approver().trim(),
                                f.note() == null ? "" : f.note().trim(),
                                p.username(),
                                clockMs.getAsLong()));
        refreshUnits(clockMs.getAsLong());
        return stored;
    }

    /**
     * Records when a filing actually started and ended (the unit runs again after the end).
     *
     * @throws NoSuchElementException no such filing the caller sees
     */
    public UnitFiling setActual(Principal p, long id, Long actualStartMs, Long actualEndMs)
            throws SQLException {
        UnitFiling f =
                repository.filings().stream()
                        .filter(x -> x.id() == id)
                        .filter(x -> tenancy.seesEnterprise(p, x.enterpriseId()))
                        .findFirst()
                        .orElseThrow(() -> new NoSuchElementException("no filing " + id));
        if (actualStartMs == null && actualEndMs != null) {
            throw new IllegalArgumentException("actualEnd needs an actualStart");
        }
        if (actualStartMs != null && actualEndMs != null) {
            checkWindow("actualEnd", actualStartMs, actualEndMs, "actualStart");
        }
        long now = clockMs.getAsLong();
        if ((actualStartMs != null && actualStartMs > now + FUTURE_SLACK_MS)
                || (actualEndMs != null && actualEndMs > now + FUTURE_SLACK_MS)) {
            throw new IllegalArgumentException("an actual time cannot be in the future");
        }
        repository.setActual(id, actualStartMs, actualEndMs);
        refreshUnits(now);
        return f.withActual(actualStartMs, actualEndMs);
    }

    /** Stores a seeded filing as given (the demo seed). */
    void seedFiling(UnitFiling f) throws SQLException {
        repository.addFiling(f);
    }

    private static void checkWindow(String endField, long start, long end, String startField) {
        if (end <= start) {
            throw new IllegalArgumentException(endField + " must be after " + startField);
        }
    }

    private static Map<String, List<UnitFiling>> byUnit(List<UnitFiling> filings) {
        Map<String, List<UnitFiling>> out = new HashMap<>();
        for (UnitFiling f : filings) out.computeIfAbsent(f.unitId(), k -> new ArrayList<>()).add(f);
        return out;
    }

    // --- live consequences ---

    /** Re-decides the missing-commitment alarms and the units' suppression (about every 30 s). */
    public synchronized void refresh() throws SQLException {
        long now = clockMs.getAsLong();
        refreshCommitments(now);
        refreshUnits(now);
    }

    private synchronized void refreshCommitments(long now) throws SQLException {
        LocalDate day = deadline.day(now);
        consequences.offerCommitments(day, today(PARK_VIEW));
    }

    private synchronized void refreshUnits(long now) throws SQLException {
        consequences.offerUnits(byUnit(repository.filings()), now);
    }

    /** The missing-commitment alarm of an enterprise ({@code <enterpriseId>.COMMITMENT}). */
    public static String alarmIdOf(String enterpriseId) {
        return enterpriseId + ".COMMITMENT";
    }
}
