package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmKpiCalculatorTest {
    static final long T = 1_700_000_000_000L;
    static final long HOUR = 3_600_000L;
    static final Map<String, AlarmDefinition> DEFS =
            AlarmDefinitionsTest.byId(AlarmDefinitionsTest.DEFAULTS);
    static final String CHATTER = "E01.TK201.LT.H";

    final AlarmKpiCalculator kpi = new AlarmKpiCalculator(DEFS::get);

    static JournalEntry on(String id, long t) {
        return new JournalEntry(t, id, AlarmState.NORMAL, AlarmState.UNACK_ACTIVE, 1, null, null);
    }

    static JournalEntry off(String id, long t) {
        return new JournalEntry(
                t, id, AlarmState.UNACK_ACTIVE, AlarmState.RTN_UNACK, 0, null, null);
    }

    /**
     * 12 gas H alarms 10 s apart from T, then one level alarm chattering 3 times within 50 s at T +
     * 20 min.
     */
    static List<JournalEntry> journal() {
        List<JournalEntry> j = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            j.add(on(String.format("E01.GD1%02d.GAS.H", i + 1), T + i * 10_000L));
        for (long s : new long[] {1200, 1220, 1250}) {
            j.add(on(CHATTER, T + s * 1000));
            j.add(off(CHATTER, T + s * 1000 + 1000)); // each lasts 1 s: fleeting too
        }
        return j;
    }

    AlarmKpis e01() {
        return kpi.byEnterprise(journal(), T, T + HOUR).get("E01");
    }

    @Test
    void countsActivationsPerTenMinutesAndPerDay() {
        AlarmKpis k = e01();
        assertEquals(15, k.activations());
        assertEquals(2.5, k.perTenMinutes(), 1e-9); // 15 over six 10-minute intervals
        assertEquals(360.0, k.perDay(), 1e-9); // 15 in one hour
        assertEquals(12, k.maxInTenMinutes());
    }

    @Test
    void floodStartsAboveTenAndEndsBelowFive() {
        AlarmKpis k = e01();
        // 11th alarm at T+100 s starts it; at T+670 s eight have left the window, four remain
        assertEquals(List.of(new AlarmKpis.FloodPeriod(T + 100_000, T + 670_000, 12)), k.floods());
        assertEquals(100.0 / 6, k.floodIntervalPct(), 1e-9);
    }

    @Test
    void chatteringAndFleetingAlarmsAreNamed() {
        AlarmKpis k = e01();
        assertEquals(List.of(CHATTER), k.chattering());
        assertEquals(List.of(CHATTER), k.fleeting());
    }

    @Test
    void topTenAndTheirShare() {
        AlarmKpis k = e01();
        assertEquals(10, k.top10().size());
        assertEquals(new AlarmKpis.AlarmCount(CHATTER, 3, 20.0), k.top10().get(0));
        assertEquals(80.0, k.top10SharePct(), 1e-9); // 3 + 9 × 1 of 15
    }

    @Test
    void priorityDistributionAgainstTheTarget() {
        AlarmKpis k = e01();
        assertEquals(12, k.priorityCounts().get(Priority.HIGH)); // gas H alarms are high
        assertArrayEquals(new double[] {80, 0, 20}, k.highMediumLowPct(), 1e-9);
        assertArrayEquals(new double[] {5, 15, 80}, AlarmKpiCalculator.TARGET_HIGH_MEDIUM_LOW_PCT);
    }

    @Test
    void alarmActiveMoreThanADayIsStale() {
        List<JournalEntry> j =
                List.of(
                        on("E02.FEED_LOST", T),
                        on("E01.TK201.LT.HH", T + HOUR),
                        off("E01.TK201.LT.HH", T + 2 * HOUR));
        Map<String, AlarmKpis> k = kpi.byEnterprise(j, T, T + 25 * HOUR);
        assertEquals(List.of("E02.FEED_LOST"), k.get("E02").stale());
        assertEquals(List.of(), k.get("E01").stale());
    }

    @Test
    void consolesGroupEnterprises() {
        AlarmKpiCalculator byConsole =
                new AlarmKpiCalculator(
                        DEFS::get,
                        e -> e.equals("PARK") ? "park" : "console-1",
                        AlarmKpiCalculator.DEFAULT_FLEETING_MS);
        List<JournalEntry> j = new ArrayList<>(journal());
        j.add(on("E02.FEED_LOST", T + 30 * 60_000));
        Map<String, AlarmKpis> k = byConsole.byConsole(j, T, T + HOUR);
        assertEquals(List.of("console-1"), List.copyOf(k.keySet()));
        assertEquals(16, k.get("console-1").activations());
    }
}
