package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

/**
 * A unit declared shut down (issue 15): its process alarms go SUPPRESSED_BY_DESIGN with the filing
 * as the journal's reason, its gas detectors keep alarming, and when the unit runs again the
 * suppressed alarms return as ISA-18.2 says (condition active → UNACK_ACTIVE).
 */
class FiledSuppressionTest {
    static final long T = 1_700_000_000_000L;
    static final String KEY = "unit-filing:E01-U300";
    static final String REASON = "按设计抑制：氯化氢合成装置 停车申报 #4 / suppressed by design: shutdown filing #4";

    final List<JournalEntry> journal = new ArrayList<>();
    final AlarmManager manager = new AlarmManager(AlarmManagerTest.DEFAULTS, journal::add);

    static AlarmDefinition highHigh(String tagId) {
        return AlarmManagerTest.DEFAULTS.stream()
                .filter(d -> tagId.equals(d.tagId()) && d.type() == AlarmType.HH)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aShutDownUnitsProcessAlarmIsSuppressedWithTheFilingAsReasonAndReturnsWhenItRuns() {
        AlarmDefinition pt = highHigh("E01.U300.PT");
        manager.onSample(AlarmManagerTest.bool("E01.U300.RUN", true, T));
        assertEquals(
                1,
                manager.setFiledSuppression(KEY, List.of("E01.U300."), REASON, T + 1000) > 0
                        ? 1
                        : 0);
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, manager.get(pt.id()).orElseThrow().state());
        JournalEntry e =
                journal.stream()
                        .filter(j -> j.alarmId().equals(pt.id()))
                        .reduce((a, b) -> b)
                        .orElseThrow();
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, e.to());
        assertEquals(REASON, e.comment());

        // the process goes over its HH limit while shut down: remembered, not annunciated
        manager.onSample(Sample.of("E01.U300.PT", pt.limit() + 1, T + 2000));
        manager.tick(T + 10_000);
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, manager.get(pt.id()).orElseThrow().state());
        assertTrue(manager.get(pt.id()).orElseThrow().conditionActive());
        // the run tag saying "running" does not end a filed shutdown
        manager.onSample(AlarmManagerTest.bool("E01.U300.RUN", true, T + 3000));
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, manager.get(pt.id()).orElseThrow().state());

        // the unit runs again: the active condition is annunciated, the journal says why
        manager.setFiledSuppression(KEY, List.of(), "装置恢复运行 / unit running again", T + 20_000);
        assertEquals(AlarmState.UNACK_ACTIVE, manager.get(pt.id()).orElseThrow().state());
        JournalEntry back = journal.get(journal.size() - 1);
        assertEquals(AlarmState.SUPPRESSED_BY_DESIGN, back.from());
        assertEquals("装置恢复运行 / unit running again", back.comment());
        assertEquals(List.of(), manager.filedSuppressions());
    }

    @Test
    void gasDetectorsOfAShutDownUnitKeepAlarming() {
        manager.setFiledSuppression(KEY, List.of("E01.U300."), REASON, T);
        AlarmDefinition gas = highHigh("E01.GD113.GAS");
        manager.onSample(Sample.of("E01.GD113.GAS", gas.limit() + 1, T + 1000));
        manager.tick(T + 60_000);
        assertEquals(AlarmState.UNACK_ACTIVE, manager.get(gas.id()).orElseThrow().state());
    }

    @Test
    void aClearAlarmReturnsToNormalWhenTheUnitRunsAgain() {
        AlarmDefinition pt = highHigh("E01.U300.PT");
        manager.onSample(AlarmManagerTest.bool("E01.U300.RUN", true, T));
        manager.setFiledSuppression(KEY, List.of("E01.U300."), REASON, T);
        manager.setFiledSuppression(KEY, List.of(), "back", T + 1000);
        assertEquals(AlarmState.NORMAL, manager.get(pt.id()).orElseThrow().state());
    }
}
