package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmStateMachineTest {
    static final String ID = "E01.TK201.LT.HH";
    static final long T = 1_700_000_000_000L;
    static final long HOUR = 3_600_000L;

    /**
     * A machine put into a state with the condition that state implies (F: active; G, H, A, D, E:
     * clear).
     */
    static AlarmStateMachine in(AlarmState s, boolean latched) {
        AlarmStateMachine m = new AlarmStateMachine(ID, latched);
        boolean condition =
                s == AlarmState.UNACK_ACTIVE
                        || s == AlarmState.ACK_ACTIVE
                        || s == AlarmState.SHELVED;
        m.restore(
                s,
                condition,
                T - 1000,
                T - 1000,
                7.3,
                s == AlarmState.SHELVED ? T + HOUR : 0,
                s == AlarmState.SHELVED ? "仪表校验" : null,
                s == AlarmState.SHELVED ? "wang" : null);
        return m;
    }

    static TransitionResult apply(AlarmStateMachine m, AlarmEvent e) {
        return m.apply(e, T, 7.4, "wang", "检查中", T + HOUR);
    }

    /** expected: a state name, SAME (accepted, no transition) or REFUSED. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        "NORMAL, ACTIVATE, UNACK_ACTIVE",
        "NORMAL, CLEAR, SAME",
        "NORMAL, ACKNOWLEDGE, REFUSED",
        "NORMAL, RESET, REFUSED",
        "NORMAL, SHELVE, REFUSED",
        "NORMAL, UNSHELVE, REFUSED",
        "NORMAL, SHELVE_EXPIRED, REFUSED",
        "NORMAL, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "NORMAL, UNSUPPRESS, REFUSED",
        "NORMAL, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "NORMAL, RETURN_TO_SERVICE, REFUSED",
        "UNACK_ACTIVE, ACTIVATE, SAME",
        "UNACK_ACTIVE, CLEAR, RTN_UNACK",
        "UNACK_ACTIVE, ACKNOWLEDGE, ACK_ACTIVE",
        "UNACK_ACTIVE, RESET, REFUSED",
        "UNACK_ACTIVE, SHELVE, SHELVED",
        "UNACK_ACTIVE, UNSHELVE, REFUSED",
        "UNACK_ACTIVE, SHELVE_EXPIRED, REFUSED",
        "UNACK_ACTIVE, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "UNACK_ACTIVE, UNSUPPRESS, REFUSED",
        "UNACK_ACTIVE, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "UNACK_ACTIVE, RETURN_TO_SERVICE, REFUSED",
        "ACK_ACTIVE, ACTIVATE, SAME",
        "ACK_ACTIVE, CLEAR, NORMAL",
        "ACK_ACTIVE, ACKNOWLEDGE, REFUSED",
        "ACK_ACTIVE, RESET, REFUSED",
        "ACK_ACTIVE, SHELVE, SHELVED",
        "ACK_ACTIVE, UNSHELVE, REFUSED",
        "ACK_ACTIVE, SHELVE_EXPIRED, REFUSED",
        "ACK_ACTIVE, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "ACK_ACTIVE, UNSUPPRESS, REFUSED",
        "ACK_ACTIVE, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "ACK_ACTIVE, RETURN_TO_SERVICE, REFUSED",
        "RTN_UNACK, ACTIVATE, UNACK_ACTIVE",
        "RTN_UNACK, CLEAR, SAME",
        "RTN_UNACK, ACKNOWLEDGE, NORMAL",
        "RTN_UNACK, RESET, REFUSED",
        "RTN_UNACK, SHELVE, SHELVED",
        "RTN_UNACK, UNSHELVE, REFUSED",
        "RTN_UNACK, SHELVE_EXPIRED, REFUSED",
        "RTN_UNACK, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "RTN_UNACK, UNSUPPRESS, REFUSED",
        "RTN_UNACK, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "RTN_UNACK, RETURN_TO_SERVICE, REFUSED",
        "LATCHED, ACTIVATE, UNACK_ACTIVE",
        "LATCHED, CLEAR, SAME",
        "LATCHED, ACKNOWLEDGE, REFUSED",
        "LATCHED, RESET, NORMAL",
        "LATCHED, SHELVE, SHELVED",
        "LATCHED, UNSHELVE, REFUSED",
        "LATCHED, SHELVE_EXPIRED, REFUSED",
        "LATCHED, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "LATCHED, UNSUPPRESS, REFUSED",
        "LATCHED, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "LATCHED, RETURN_TO_SERVICE, REFUSED",
        "SHELVED, ACTIVATE, SAME",
        "SHELVED, CLEAR, SAME",
        "SHELVED, ACKNOWLEDGE, REFUSED",
        "SHELVED, RESET, REFUSED",
        "SHELVED, SHELVE, REFUSED",
        "SHELVED, UNSHELVE, UNACK_ACTIVE",
        "SHELVED, SHELVE_EXPIRED, UNACK_ACTIVE",
        "SHELVED, SUPPRESS, SUPPRESSED_BY_DESIGN",
        "SHELVED, UNSUPPRESS, REFUSED",
        "SHELVED, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "SHELVED, RETURN_TO_SERVICE, REFUSED",
        "SUPPRESSED_BY_DESIGN, ACTIVATE, SAME",
        "SUPPRESSED_BY_DESIGN, CLEAR, SAME",
        "SUPPRESSED_BY_DESIGN, ACKNOWLEDGE, REFUSED",
        "SUPPRESSED_BY_DESIGN, RESET, REFUSED",
        "SUPPRESSED_BY_DESIGN, SHELVE, REFUSED",
        "SUPPRESSED_BY_DESIGN, UNSHELVE, REFUSED",
        "SUPPRESSED_BY_DESIGN, SHELVE_EXPIRED, REFUSED",
        "SUPPRESSED_BY_DESIGN, SUPPRESS, REFUSED",
        "SUPPRESSED_BY_DESIGN, UNSUPPRESS, NORMAL",
        "SUPPRESSED_BY_DESIGN, REMOVE_FROM_SERVICE, OUT_OF_SERVICE",
        "SUPPRESSED_BY_DESIGN, RETURN_TO_SERVICE, REFUSED",
        "OUT_OF_SERVICE, ACTIVATE, SAME",
        "OUT_OF_SERVICE, CLEAR, SAME",
        "OUT_OF_SERVICE, ACKNOWLEDGE, REFUSED",
        "OUT_OF_SERVICE, RESET, REFUSED",
        "OUT_OF_SERVICE, SHELVE, REFUSED",
        "OUT_OF_SERVICE, UNSHELVE, REFUSED",
        "OUT_OF_SERVICE, SHELVE_EXPIRED, REFUSED",
        "OUT_OF_SERVICE, SUPPRESS, SAME",
        "OUT_OF_SERVICE, UNSUPPRESS, REFUSED",
        "OUT_OF_SERVICE, REMOVE_FROM_SERVICE, REFUSED",
        "OUT_OF_SERVICE, RETURN_TO_SERVICE, NORMAL",
    })
    void transitionTable(AlarmState from, AlarmEvent event, String expected) {
        check(in(from, false), from, event, expected);
    }

    @ParameterizedTest(name = "latched {0} + {1} -> {2}")
    @CsvSource({
        "UNACK_ACTIVE, CLEAR, LATCHED",
        "ACK_ACTIVE, CLEAR, LATCHED",
        "LATCHED, RESET, NORMAL",
        "LATCHED, ACTIVATE, UNACK_ACTIVE",
        "NORMAL, RESET, REFUSED"
    })
    void latchedTransitionTable(AlarmState from, AlarmEvent event, String expected) {
        check(in(from, true), from, event, expected);
    }

    static void check(AlarmStateMachine m, AlarmState from, AlarmEvent event, String expected) {
        TransitionResult o = apply(m, event);
        switch (expected) {
            case "REFUSED" -> {
                assertFalse(o.accepted(), "should be refused");
                assertTrue(
                        o.reasonEn().startsWith("cannot " + event.verbEn() + " " + ID + ": "),
                        o.reasonEn());
                assertTrue(o.reasonZh().startsWith("无法" + event.verbZh()), o.reasonZh());
                assertEquals(from, m.state());
            }
            case "SAME" -> {
                assertTrue(o.accepted());
                assertNull(o.entry());
                assertEquals(from, m.state());
            }
            default -> {
                AlarmState to = AlarmState.valueOf(expected);
                assertTrue(o.accepted(), () -> o.reasonEn());
                assertEquals(to, m.state());
                assertEquals(from, o.entry().from());
                assertEquals(to, o.entry().to());
                assertEquals(T, o.entry().timeMs());
                assertEquals(ID, o.entry().alarmId());
            }
        }
    }

    @Test
    void acknowledgingANormalAlarmIsRefusedWithItsState() {
        TransitionResult o = in(AlarmState.NORMAL, false).acknowledge("wang", null, T);
        assertEquals("cannot acknowledge E01.TK201.LT.HH: it is NORMAL", o.reasonEn());
        assertEquals("无法确认 E01.TK201.LT.HH：当前状态为正常", o.reasonZh());
    }

    @Test
    void acknowledgeJournalsUserCommentAndValue() {
        AlarmStateMachine m = in(AlarmState.NORMAL, false);
        m.activate(7.3, T);
        JournalEntry e = m.acknowledge("wang", "现场确认液位高", T + 5000).entry();
        assertEquals(
                new JournalEntry(
                        T + 5000,
                        ID,
                        AlarmState.UNACK_ACTIVE,
                        AlarmState.ACK_ACTIVE,
                        7.3,
                        "wang",
                        "现场确认液位高"),
                e);
    }

    @Test
    void shelvedAlarmReturnsAfterExpiry() {
        AlarmStateMachine m = in(AlarmState.NORMAL, false);
        m.activate(7.3, T);
        assertTrue(m.shelve("wang", "液位计校验", T + 1000, T + HOUR).accepted());
        assertEquals(T + HOUR, m.shelvedUntilMs());
        assertFalse(m.tick(T + HOUR - 1).changed());
        TransitionResult o = m.tick(T + HOUR);
        assertEquals(AlarmState.UNACK_ACTIVE, m.state());
        assertEquals(
                new JournalEntry(
                        T + HOUR, ID, AlarmState.SHELVED, AlarmState.UNACK_ACTIVE, 7.3, null, null),
                o.entry());
        assertEquals(0, m.shelvedUntilMs());
    }

    @Test
    void shelvedAlarmThatClearedMeanwhileReturnsToNormal() {
        AlarmStateMachine m = in(AlarmState.NORMAL, false);
        m.activate(7.3, T);
        m.shelve("wang", "液位计校验", T, T + HOUR);
        m.clear(6.0, T + 10_000);
        m.tick(T + HOUR);
        assertEquals(AlarmState.NORMAL, m.state());
    }

    @Test
    void shelvingNeedsAReasonAndAnEndWithinTheLimit() {
        AlarmStateMachine m = in(AlarmState.UNACK_ACTIVE, false);
        assertEquals(
                "cannot shelve E01.TK201.LT.HH: a reason is required",
                m.shelve("wang", " ", T, T + HOUR).reasonEn());
        assertFalse(m.shelve("wang", "校验", T, T + AlarmStateMachine.MAX_SHELVE_MS + 1).accepted());
        assertFalse(m.shelve("wang", "校验", T, T).accepted());
    }

    @Test
    void latchedAlarmStaysUntilReset() {
        AlarmStateMachine m = in(AlarmState.NORMAL, true);
        m.activate(1, T);
        m.acknowledge("wang", null, T + 1);
        m.clear(0, T + 2);
        assertEquals(AlarmState.LATCHED, m.state());
        assertEquals(
                "cannot acknowledge E01.TK201.LT.HH: it is LATCHED; reset it",
                m.acknowledge("wang", null, T + 3).reasonEn());
        assertEquals(AlarmState.NORMAL, m.reset("wang", "联锁已复位", T + 4).to());
    }

    @Test
    void returnToServiceWhileDesignSuppressedGoesToSuppressed() {
        AlarmStateMachine m = in(AlarmState.NORMAL, false);
        m.apply(AlarmEvent.REMOVE_FROM_SERVICE, T, 0, "wang", "检修", 0);
        m.apply(AlarmEvent.SUPPRESS, T + 1, 0, null, null, 0);
        m.apply(AlarmEvent.RETURN_TO_SERVICE, T + 2, 0, "wang", null, 0);
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, m.state());
    }
}
