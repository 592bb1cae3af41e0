package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BypassRegisterTest {
    static final long T = 1_700_000_000_000L;
    static final long HOUR = 3_600_000L;
    static final String BYP = "E01.SIS1.BYP";
    static final long MAX = 24 * HOUR;

    final BypassRegister register = BypassRegister.from(AlarmDefinitionsTest.PARK);

    static WorkPermit permit(String number, long from, long to, String... scope) {
        return new WorkPermit(number, List.of(scope), from, to, "li");
    }

    @Test
    void bypassWithoutPermitRaisesAHighAlarm() {
        register.onBypass(BYP, true, T);
        assertEquals(
                List.of(
                        new BypassStatus(
                                BYP,
                                "E01.SIS1",
                                "E01",
                                "E01-TF1",
                                T,
                                HOUR,
                                null,
                                BypassStatus.Verdict.NO_PERMIT)),
                register.evaluate(T + HOUR));
        assertEquals(
                List.of(new ConditionChange(BYP + ".NOPERMIT", true, Double.NaN, T + 1000)),
                register.changes(T + 1000));
        assertEquals(Priority.HIGH, BypassStatus.Verdict.NO_PERMIT.priority());
    }

    @Test
    void permitForTheSisCoversTheBypass() {
        register.addPermit(permit("E01-2026-0412", T - HOUR, T + 8 * HOUR, "E01.SIS1"), T, MAX);
        register.onBypass(BYP, true, T);
        BypassStatus s = register.evaluate(T + HOUR).get(0);
        assertEquals(BypassStatus.Verdict.COVERED, s.verdict());
        assertEquals("E01-2026-0412", s.permitNumber());
        assertEquals(List.of(), register.changes(T + HOUR));
    }

    @Test
    void bypassThatOutlivesItsPermitEscalatesToCritical() {
        register.addPermit(permit("E01-2026-0412", T, T + 2 * HOUR, BYP), T, MAX);
        register.onBypass(BYP, true, T + 60_000);
        assertEquals(List.of(), register.changes(T + HOUR));
        assertEquals(
                BypassStatus.Verdict.PERMIT_EXPIRED,
                register.evaluate(T + 2 * HOUR).get(0).verdict());
        assertEquals(
                List.of(
                        new ConditionChange(
                                BYP + ".PERMIT_EXPIRED", true, Double.NaN, T + 2 * HOUR)),
                register.changes(T + 2 * HOUR));
        assertEquals(Priority.CRITICAL, BypassStatus.Verdict.PERMIT_EXPIRED.priority());
    }

    @Test
    void aRequestedPermitCoversNothingUntilTheParkApprovesIt() {
        register.addPermit(
                WorkPermit.requested(
                        "E01-2026-0413",
                        List.of("E01.SIS1"),
                        T,
                        T + 8 * HOUR,
                        "e01-user",
                        "张工 (安全总监)"),
                T,
                MAX);
        register.onBypass(BYP, true, T);
        assertEquals(BypassStatus.Verdict.NO_PERMIT, register.evaluate(T + HOUR).get(0).verdict());
        WorkPermit approved = register.approve("E01-2026-0413", "op1", T + HOUR);
        assertEquals("op1", approved.approvedBy());
        assertEquals("e01-user", approved.enteredBy());
        assertEquals("张工 (安全总监)", approved.signatory());
        assertEquals(BypassStatus.Verdict.COVERED, register.evaluate(T + HOUR).get(0).verdict());
    }

    @Test
    void aPermitLongerThanTheConfiguredMaximumIsRefused() {
        assertEquals(
                List.of(
                        "validTo: a permit may be valid for at most 24.0 h, this one for 25.0 h (许可有效期超过上限)"),
                register.validate(permit("P2", T, T + 25 * HOUR, BYP), T, MAX));
    }

    @Test
    void endOfBypassClearsItsAlarm() {
        register.onBypass(BYP, true, T);
        register.changes(T);
        register.onBypass(BYP, false, T + 5000);
        assertEquals(
                List.of(new ConditionChange(BYP + ".NOPERMIT", false, Double.NaN, T + 5000)),
                register.changes(T + 5000));
        assertEquals(List.of(), register.evaluate(T + 5000));
    }

    @Test
    void permitInputIsValidatedFieldByField() {
        WorkPermit bad = new WorkPermit(" ", List.of("E01.SIS9", BYP), T + HOUR, T, "");
        assertEquals(
                List.of(
                        "number: missing",
                        "scope[0]: 'E01.SIS9' is not an SIS or bypass tag of the park",
                        "validTo (2023-11-14T22:13:20Z) must be after validFrom (2023-11-14T23:13:20Z)",
                        "enteredBy: missing"),
                register.addPermit(bad, T, MAX));
        assertEquals(
                List.of("scope: empty; name bypass tags (E01.SIS1.BYP) or SIS ids (E01.SIS1)"),
                register.validate(permit("P1", T, T + HOUR), T, MAX));
        assertEquals(List.of(), register.permits());
    }

    @Test
    void managerAnnunciatesTheRegistersAlarmWithItsPriority() {
        List<JournalEntry> journal = new ArrayList<>();
        AlarmManager manager = new AlarmManager(AlarmDefinitionsTest.DEFAULTS, journal::add);
        register.onBypass(BYP, true, T);
        register.changes(T)
                .forEach(c -> manager.setCondition(c.alarmId(), c.active(), c.value(), c.atMs()));
        ActiveAlarm a = manager.get(BYP + ".NOPERMIT").orElseThrow();
        assertEquals(AlarmState.UNACK_ACTIVE, a.state());
        assertEquals(Priority.HIGH, a.priority());
        assertEquals(
                Priority.CRITICAL,
                manager.definition(BYP + ".PERMIT_EXPIRED").orElseThrow().priority());
    }
}
