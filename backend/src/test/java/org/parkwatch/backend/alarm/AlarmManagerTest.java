package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class AlarmManagerTest {
    static final long T = 1_700_000_000_000L;
    static final List<AlarmDefinition> DEFAULTS = AlarmDefinitionsTest.DEFAULTS;

    final List<JournalEntry> journal = new ArrayList<>();
    final AlarmManager manager = new AlarmManager(DEFAULTS, journal::add);

    static Sample bool(String tag, boolean v, long t) {
        return new Sample(tag, v, t, Sample.GOOD);
    }

    @Test
    void tankHighHighIsAnnunciatedAcknowledgedAndJournalled() {
        manager.onSample(Sample.of("E01.TK201.LT", 7.3, T));
        assertEquals(
                List.of("E01.TK201.LT.HH", "E01.TK201.LT.H"),
                manager.active().stream()
                        .map(ActiveAlarm::alarmId)
                        .toList()); // HH high before H low
        ActiveAlarm hh = manager.active().get(0);
        assertEquals(AlarmState.UNACK_ACTIVE, hh.state());
        assertEquals("E01-TK201", hh.featureId());
        assertEquals(7.3, hh.value());
        assertTrue(manager.acknowledge("E01.TK201.LT.HH", "wang", "已通知现场", T + 2000).accepted());
        assertEquals(
                new JournalEntry(
                        T + 2000,
                        "E01.TK201.LT.HH",
                        AlarmState.UNACK_ACTIVE,
                        AlarmState.ACK_ACTIVE,
                        7.3,
                        "wang",
                        "已通知现场"),
                journal.get(journal.size() - 1));
    }

    @Test
    void unknownAlarmIsRefusedByName() {
        assertEquals(
                "cannot acknowledge E09.X.HH: no such alarm",
                manager.acknowledge("E09.X.HH", "wang", null, T).reasonEn());
    }

    @Test
    void lowAlarmsOfAStoppedUnitAreSuppressedByDesign() {
        manager.onSample(bool("E01.U100.RUN", true, T));
        manager.onSample(bool("E01.U100.RUN", false, T + 1000));
        manager.onSample(Sample.of("E01.U100.TT", 25.0, T + 2000)); // cold electrolyser: below LL
        assertEquals(
                AlarmState.SUPPRESSED_BY_DESIGN,
                manager.get("E01.U100.TT.LL").orElseThrow().state());
        assertTrue(manager.get("E01.U100.TT.LL").orElseThrow().conditionActive());
        assertTrue(manager.active().stream().noneMatch(a -> a.state().isAnnunciated()));
        manager.onSample(
                bool("E01.U100.RUN", true, T + 3000)); // restarted while still cold: annunciates
        assertEquals(AlarmState.UNACK_ACTIVE, manager.get("E01.U100.TT.LL").orElseThrow().state());
    }

    @Test
    void shelvedAlarmReturnsAfterExpiryThroughTick() {
        manager.onSample(Sample.of("E01.TK201.LT", 7.3, T));
        assertTrue(
                manager.shelve("E01.TK201.LT.HH", "wang", "液位计故障待修", 600_000, T + 1000).accepted());
        manager.tick(T + 600_000);
        assertEquals(AlarmState.SHELVED, manager.get("E01.TK201.LT.HH").orElseThrow().state());
        manager.tick(T + 601_000);
        assertEquals(AlarmState.UNACK_ACTIVE, manager.get("E01.TK201.LT.HH").orElseThrow().state());
        JournalEntry last = journal.get(journal.size() - 1);
        assertEquals(AlarmState.SHELVED, last.from());
        assertEquals(T + 601_000, last.timeMs());
    }

    @Test
    void activeStateSurvivesARestartThroughTheSnapshot() {
        manager.onSample(Sample.of("E01.TK201.LT", 7.3, T));
        manager.acknowledge("E01.TK201.LT.HH", "wang", null, T + 1000);
        List<ActiveAlarm> snapshot = manager.active();

        List<JournalEntry> journal2 = new ArrayList<>();
        AlarmManager restarted = new AlarmManager(DEFAULTS, journal2::add);
        assertEquals(List.of(), restarted.restore(snapshot));
        assertEquals(snapshot, restarted.active());
        // the level falls below HH − deadband (7.2 − 0.4) and stays there past the 5 s off-delay
        restarted.onSample(Sample.of("E01.TK201.LT", 6.0, T + 10_000));
        restarted.onSample(Sample.of("E01.TK201.LT", 6.0, T + 15_000));
        assertEquals(AlarmState.NORMAL, restarted.get("E01.TK201.LT.HH").orElseThrow().state());
        assertEquals(AlarmState.RTN_UNACK, restarted.get("E01.TK201.LT.H").orElseThrow().state());
        assertFalse(journal2.isEmpty());
        assertEquals(AlarmState.ACK_ACTIVE, journal2.get(0).from());
    }

    @Test
    void lostFeedSuppressesQualityAlarmsOfItsEnterpriseInsteadOfFlooding() {
        manager.setFeedLost("E01", true, T);
        for (int i = 101; i <= 116; i++) {
            manager.onSample(
                    new Sample("E01.GD" + i + ".GAS", null, T + 1000, Sample.BAD_NO_COMMUNICATION));
        }
        List<ActiveAlarm> annunciated =
                manager.active().stream().filter(a -> a.state().isAnnunciated()).toList();
        assertEquals(
                List.of("E01.FEED_LOST"), annunciated.stream().map(ActiveAlarm::alarmId).toList());
        assertEquals(
                AlarmState.SUPPRESSED_BY_DESIGN,
                manager.get("E01.GD101.GAS.BADQ").orElseThrow().state());
        // back: what was suppressed under the feed returns to normal silently (issue 19, D6), no
        // second flood
        manager.setFeedLost("E01", false, T + 2000);
        assertEquals(AlarmState.NORMAL, manager.get("E01.GD101.GAS.BADQ").orElseThrow().state());
        assertEquals(
                List.of("E01.FEED_LOST"),
                manager.active().stream()
                        .filter(a -> a.state().isAnnunciated())
                        .map(ActiveAlarm::alarmId)
                        .toList(),
                "only the feed alarm waits for acknowledgement");
        // a detector that is really bad after the return is announced by its next sample
        manager.onSample(new Sample("E01.GD101.GAS", null, T + 3000, 0x80000000L));
        assertEquals(
                AlarmState.UNACK_ACTIVE, manager.get("E01.GD101.GAS.BADQ").orElseThrow().state());
    }
}
