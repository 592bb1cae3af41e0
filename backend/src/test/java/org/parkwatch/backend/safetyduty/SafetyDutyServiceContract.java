package org.parkwatch.backend.safetyduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The safety-duty service on a real database (H2GIS and PostGIS subclasses) with an injected clock:
 * commitments on time, late and missing at the configured hour with the missing alarm offered and
 * cleared; responsibility overdue; the calendar's suppression offered and ended; bad input and
 * another enterprise's data refused with nothing written.
 */
abstract class SafetyDutyServiceContract {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Principal E01 = new Principal("e01", Role.ENTERPRISE, "E01");
    static final Principal E02 = new Principal("e02", Role.ENTERPRISE, "E02");
    static final Principal OPERATOR = new Principal("op", Role.OPERATOR, null);

    @TempDir Path dir;
    final AtomicLong clock = new AtomicLong(at("08:00"));
    final List<String> alarms = new ArrayList<>();
    final List<String> suppressions = new ArrayList<>();
    Database db;
    SafetyDutyService service;

    /** A fresh database with the migrations applied. */
    abstract Database open(Path dir) throws Exception;

    @AfterEach
    void close() throws Exception {
        if (db != null) db.close();
    }

    static long at(String localTime) {
        return DAY.atTime(java.time.LocalTime.parse(localTime))
                .atZone(ZONE)
                .toInstant()
                .toEpochMilli();
    }

    SafetyDutyService service() throws Exception {
        db = open(dir);
        SafetyDutyPorts.MajorHazards hazards =
                new SafetyDutyPorts.MajorHazards() {
                    @Override
                    public Set<String> majorHazardIds() {
                        return Set.of("E01-TF1", "E02-TF2");
                    }

                    @Override
                    public Optional<SafetyDutyPorts.HazardUnitRef> unit(String id) {
                        return Optional.ofNullable(
                                switch (id) {
                                    case "E01-TF1", "E01-TF2" ->
                                            new SafetyDutyPorts.HazardUnitRef(
                                                    id, "E01", "液氯储存区", "chlorine store");
                                    case "E02-TF2" ->
                                            new SafetyDutyPorts.HazardUnitRef(
                                                    id, "E02", "液氨球罐区", "ammonia spheres");
                                    default -> null;
                                });
                    }
                };
        service =
                new SafetyDutyService(
                        new SafetyDutyRepository(db),
                        new TenantScope(ParkCatalog.loadDemo()),
                        hazards,
                        List.of(
                                new DutyUnit(
                                        "E01-U300",
                                        "E01",
                                        "氯化氢合成装置",
                                        "HCl synthesis",
                                        List.of("E01.U300."))),
                        CommitmentDeadline.parse("08:30", ZONE),
                        clock::get,
                        (id, active, v, note) -> alarms.add(id + "=" + active),
                        (key, prefixes, reason) -> suppressions.add(key + "=" + prefixes));
        return service;
    }

    static Commitment declaration(String enterpriseId) {
        return new Commitment(
                enterpriseId,
                null,
                0,
                2,
                1,
                true,
                Map.of("hot", 1, "confined", 0),
                0,
                1,
                false,
                true,
                "周立新",
                null);
    }

    static CommitmentBoard.State stateOf(SafetyDutyService s, String enterpriseId)
            throws Exception {
        return s.today(OPERATOR).stream()
                .filter(r -> r.enterpriseId().equals(enterpriseId))
                .findFirst()
                .orElseThrow()
                .state();
    }

    @Test
    void commitmentsAreOnTimeLateOrMissingAtTheConfiguredHour() throws Exception {
        SafetyDutyService s = service();
        s.declare(E01, declaration(null));
        assertEquals(CommitmentBoard.State.ON_TIME, stateOf(s, "E01"));
        assertEquals(CommitmentBoard.State.PENDING, stateOf(s, "E02"));
        s.refresh();
        assertTrue(alarms.contains("E02.COMMITMENT=false"), alarms.toString());

        clock.set(at("08:31"));
        s.refresh();
        assertEquals(CommitmentBoard.State.MISSING, stateOf(s, "E02"));
        assertTrue(alarms.contains("E02.COMMITMENT=true"), alarms.toString());
        assertTrue(!alarms.contains("E01.COMMITMENT=true"), alarms.toString());

        clock.set(at("08:40"));
        s.declare(E02, declaration("E02"));
        assertEquals(CommitmentBoard.State.LATE, stateOf(s, "E02"));
        assertEquals("E02.COMMITMENT=false", alarms.get(alarms.size() - 1));

        CommitmentSummary sum = s.commitmentSummary();
        assertEquals(8, sum.enterprises());
        assertEquals(1, sum.onTime());
        assertEquals(1, sum.late());
        assertEquals(6, sum.missing());
        assertEquals(12.5, sum.ratePercent());
        // an enterprise sees its own row only
        assertEquals(
                List.of("E01"),
                s.today(E01).stream().map(CommitmentBoard.Row::enterpriseId).toList());
    }

    @Test
    void aDeclarationForAnotherEnterpriseOrTwiceIsRefusedAndNothingWritten() throws Exception {
        SafetyDutyService s = service();
        SecurityException other =
                assertThrows(SecurityException.class, () -> s.declare(E01, declaration("E02")));
        assertTrue(other.getMessage().contains("enterpriseId E02"), other.getMessage());
        assertEquals(CommitmentBoard.State.PENDING, stateOf(s, "E02"));
        IllegalArgumentException bad =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                s.declare(
                                        E01,
                                        new Commitment(
                                                null, null, 0, -1, 0, true, Map.of(), 0, 0, false,
                                                true, "x", null)));
        assertTrue(bad.getMessage().startsWith("unitsRunning"), bad.getMessage());
        IllegalArgumentException kind =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                s.declare(
                                        E01,
                                        new Commitment(
                                                null,
                                                null,
                                                0,
                                                1,
                                                0,
                                                true,
                                                Map.of("welding", 1),
                                                0,
                                                0,
                                                false,
                                                true,
                                                "x",
                                                null)));
        assertTrue(kind.getMessage().startsWith("specialWork.welding"), kind.getMessage());
        assertEquals(CommitmentBoard.State.PENDING, stateOf(s, "E01"));
        s.declare(E01, declaration(null));
        assertThrows(IllegalStateException.class, () -> s.declare(E01, declaration(null)));
    }

    @Test
    void aDutyIsOverdueAfterItsCycleAndChecksAreTheEnterprisesOwn() throws Exception {
        SafetyDutyService s = service();
        s.putResponsible(E01, "E01-TF1", DutyRole.OPERATION, "孙晓东");
        s.putResponsible(E01, "E01-TF1", DutyRole.TECHNICAL, "钱宏伟");
        s.fileCheck(
                E01,
                new DutyCheck(
                        0,
                        "E01-TF1",
                        DutyRole.OPERATION,
                        null,
                        null,
                        clock.get(),
                        "巡检正常",
                        null,
                        0));
        clock.addAndGet(8 * 86_400_000L);
        List<DutyStatus> overdue = s.duties(OPERATOR, null, true);
        assertEquals(
                List.of(DutyRole.OPERATION),
                overdue.stream().map(d -> d.responsible().role()).toList());
        assertEquals("孙晓东", overdue.get(0).responsible().person());
        assertEquals(new ResponsibilitySummary(1, 2, 1, 1, 1), s.responsibilitySummary());

        SecurityException other =
                assertThrows(
                        SecurityException.class,
                        () ->
                                s.fileCheck(
                                        E02,
                                        new DutyCheck(
                                                0,
                                                "E01-TF1",
                                                DutyRole.OPERATION,
                                                null,
                                                null,
                                                clock.get(),
                                                "x",
                                                null,
                                                0)));
        assertTrue(other.getMessage().contains("not your enterprise's"), other.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        s.fileCheck(
                                E01,
                                new DutyCheck(
                                        0,
                                        "E09-TF9",
                                        DutyRole.OPERATION,
                                        null,
                                        null,
                                        clock.get(),
                                        "x",
                                        null,
                                        0)));
        IllegalArgumentException notMajor =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> s.putResponsible(E01, "E01-TF2", DutyRole.PRINCIPAL, "周立新"));
        assertTrue(notMajor.getMessage().contains("not a major hazard"), notMajor.getMessage());
        IllegalArgumentException noFindings =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                s.fileCheck(
                                        E01,
                                        new DutyCheck(
                                                0,
                                                "E01-TF1",
                                                DutyRole.OPERATION,
                                                null,
                                                null,
                                                clock.get(),
                                                " ",
                                                null,
                                                0)));
        assertTrue(noFindings.getMessage().startsWith("findings"), noFindings.getMessage());
        assertEquals(1, s.checks(OPERATOR, "E01-TF1").size(), "nothing written by the refusals");
        s.fileCheck(
                E01,
                new DutyCheck(
                        0,
                        "E01-TF1",
                        DutyRole.OPERATION,
                        null,
                        null,
                        clock.get(),
                        "复查正常",
                        null,
                        0));
        assertEquals(List.of(), s.duties(OPERATOR, null, true));
    }

    @Test
    void aShutdownFilingSuppressesTheUnitsAlarmsUntilItRunsAgain() throws Exception {
        SafetyDutyService s = service();
        long start = clock.get() - 3_600_000L;
        UnitFiling f =
                s.file(
                        E01,
                        new UnitFiling(
                                0,
                                null,
                                "E01-U300",
                                FilingKind.SHUTDOWN,
                                start,
                                start + 3 * 86_400_000L,
                                start,
                                null,
                                "周立新",
                                "检修",
                                null,
                                0));
        assertEquals(List.of("unit-filing:E01-U300=[E01.U300.]"), suppressions);
        assertEquals(new UnitStateSummary(1, 1, 0, 1), s.unitSummary());
        s.refresh();
        assertEquals(1, suppressions.size(), "offered once per change");

        s.setActual(E01, f.id(), start, clock.get());
        assertEquals("unit-filing:E01-U300=[]", suppressions.get(suppressions.size() - 1));
        assertEquals(new UnitStateSummary(1, 0, 0, 0), s.unitSummary());
    }

    @Test
    void badCalendarFilingsAreRefusedWithTheirRuleAndNothingWritten() throws Exception {
        SafetyDutyService s = service();
        long t = clock.get();
        IllegalArgumentException end =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                s.file(
                                        E01,
                                        new UnitFiling(
                                                0,
                                                null,
                                                "E01-U300",
                                                FilingKind.TURNAROUND,
                                                t,
                                                t - 1,
                                                null,
                                                null,
                                                "周立新",
                                                "",
                                                null,
                                                0)));
        assertEquals("plannedEnd must be after plannedStart", end.getMessage());
        IllegalArgumentException unknown =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                s.file(
                                        E01,
                                        new UnitFiling(
                                                0,
                                                null,
                                                "E01-U999",
                                                FilingKind.SHUTDOWN,
                                                t,
                                                t + 1,
                                                null,
                                                null,
                                                "周立新",
                                                "",
                                                null,
                                                0)));
        assertTrue(
                unknown.getMessage().startsWith("unitId 'E01-U999' is no unit"),
                unknown.getMessage());
        assertThrows(
                SecurityException.class,
                () ->
                        s.file(
                                E02,
                                new UnitFiling(
                                        0,
                                        null,
                                        "E01-U300",
                                        FilingKind.SHUTDOWN,
                                        t,
                                        t + 1,
                                        null,
                                        null,
                                        "李振华",
                                        "",
                                        null,
                                        0)));
        assertEquals(List.of(), s.filings(OPERATOR));
        assertEquals(List.of(), suppressions);
        assertEquals(List.of(), s.filings(E02), "an enterprise sees only its own filings");
    }
}
