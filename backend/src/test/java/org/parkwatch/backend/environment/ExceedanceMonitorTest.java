package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.EnvironmentAlarmDefinitions;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.environment.ExceedanceChecks;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Exceedances on their averaging periods, from a synthetic minute history of the demo park's tags
 * into the ISA-18.2 alarm manager: the SO₂ 1-hour limit judged once per completed clock hour, with
 * the GB 3095-2012 45-minute rule; the PM2.5 24-hour limit on the completed calendar day; the
 * journal names the limit, its standard and clause.
 */
class ExceedanceMonitorTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ParkCatalog PARK = ParkCatalog.loadDemo();
    static final long T0 =
            ZonedDateTime.of(2026, 12, 6, 0, 0, 0, 0, ZONE).toInstant().toEpochMilli();
    static final long HOUR = 3_600_000L;

    record Offer(String alarmId, boolean active, double value, String note) {}

    /** History: value by tag and minute start time (NaN = no sample). */
    private static BacktraceService.TrendSource history(Map<String, LongToDoubleFunction> series) {
        return (tag, from, to, buckets) -> {
            long bucketMs = (to - from) / buckets;
            List<Trend.Point> points = new ArrayList<>();
            LongToDoubleFunction f = series.get(tag);
            for (int i = 0; f != null && i < buckets; i++) {
                double v = f.applyAsDouble(from + i * bucketMs);
                if (!Double.isNaN(v))
                    points.add(new Trend.Point(from + i * bucketMs, v, v, v, v, 1));
            }
            return new Trend(tag, from, to, bucketMs, points);
        };
    }

    @Test
    void hourlyAndDailyLimitsRaiseAndClearAlarmsThatNameTheirStandard() throws Exception {
        // SO2 at AQ1: 600 µg/m³ in the hour 01:00–02:00 (> 500, GB 3095 1 h), else 20; only 40
        // minutes recorded in 03:00–04:00 at 900 (< 45 minutes: no verdict).
        // PM2.5 at AQ2: 100 µg/m³ all of the previous day (> 75, 24 h), 20 today.
        Map<String, LongToDoubleFunction> series =
                Map.of(
                        "PARK.AQ1.SO2",
                        t -> {
                            long m = (t - T0) / 60_000;
                            if (m >= 60 && m < 120) return 600;
                            if (m >= 180 && m < 240) return m - 180 < 40 ? 900 : Double.NaN;
                            return 20;
                        },
                        "PARK.AQ2.PM25",
                        t -> t < T0 ? 100 : 20);
        List<ExceedanceChecks.Check> checks =
                ExceedanceChecks.of(PARK.allTags(), LimitsCsv.demo()).stream()
                        .filter(
                                c ->
                                        c.tag().id().equals("PARK.AQ1.SO2")
                                                || c.tag().id().equals("PARK.AQ2.PM25"))
                        .toList();
        List<JournalEntry> journal = new ArrayList<>();
        AlarmManager alarms =
                new AlarmManager(
                        EnvironmentAlarmDefinitions.from(PARK.allTags(), LimitsCsv.demo()),
                        journal::add);
        List<Offer> offers = new ArrayList<>();
        long[] now = {0};
        ExceedanceMonitor monitor =
                new ExceedanceMonitor(
                        checks,
                        history(series),
                        tag -> Double.NaN,
                        (id, active, value, note) -> {
                            offers.add(new Offer(id, active, value, note));
                            alarms.setCondition(id, active, value, now[0], note);
                        },
                        ZONE);

        String so2 = "PARK.AQ1.SO2.ENV.amb-so2-1h";
        String pm24 = "PARK.AQ2.PM25.ENV.amb-pm25-24h";
        now[0] = T0 + HOUR + 30 * 60_000; // 01:30: the 00:00–01:00 hour is clean; yesterday is not
        monitor.run(now[0]);
        assertEquals(List.of(pm24), offers.stream().map(Offer::alarmId).toList());
        assertEquals(100, offers.get(0).value(), 1e-9);
        assertEquals(AlarmState.UNACK_ACTIVE, alarms.get(pm24).orElseThrow().state());

        now[0] = T0 + 2 * HOUR + 60_000; // 02:01: the 01:00–02:00 hour averaged 600
        monitor.run(now[0]);
        Offer o = offers.get(offers.size() - 1);
        assertEquals(so2, o.alarmId());
        assertTrue(o.active());
        assertEquals(600, o.value(), 1e-9);
        assertTrue(o.note().contains("GB 3095-2012") && o.note().contains("amb-so2-1h"), o.note());
        JournalEntry activation = journal.get(journal.size() - 1);
        assertEquals(so2, activation.alarmId());
        assertEquals(AlarmState.UNACK_ACTIVE, activation.to());
        assertEquals(o.note(), activation.comment(), "the journal says which limit and standard");

        int before = offers.size();
        monitor.run(now[0] + 20 * 60_000); // same hour: judged already
        assertEquals(before, offers.size());

        now[0] = T0 + 3 * HOUR + 60_000; // 03:01: 02:00–03:00 clean again
        monitor.run(now[0]);
        Offer clear = offers.get(offers.size() - 1);
        assertEquals(so2, clear.alarmId());
        assertFalse(clear.active());
        assertTrue(clear.note().contains("恢复达标"), clear.note());

        before = offers.size();
        monitor.run(T0 + 4 * HOUR + 60_000); // 03:00–04:00: 40 minutes only, no verdict
        assertEquals(before, offers.size());
        assertEquals(
                AlarmState.RTN_UNACK,
                alarms.get(so2).orElseThrow().state(),
                "cleared, not acknowledged; the hour without enough data changed nothing");
    }

    @Test
    void everyStationAndTheParkOutfallHaveChecksButNotTheEnterpriseOutlets() {
        List<ExceedanceChecks.Check> checks = ExceedanceChecks.of(PARK.allTags(), LimitsCsv.demo());
        List<String> ids = checks.stream().map(ExceedanceChecks.Check::alarmId).toList();
        assertTrue(ids.contains("PARK.AQ8.O3.ENV.amb-o3-8h"), "8-hour O3 at the new stations");
        assertTrue(ids.contains("PARK.AQ5.CL2.ENV.fence-cl2"));
        assertTrue(ids.contains("PARK.OF1.COD.ENV.ww-cod"));
        assertFalse(
                ids.stream().anyMatch(i -> i.startsWith("E0")), "enterprise outlets: own limits");
        assertFalse(
                ids.stream().anyMatch(i -> i.endsWith("-year")), "annual limits are for reports");
        assertEquals(
                checks.size(),
                EnvironmentAlarmDefinitions.from(PARK.allTags(), LimitsCsv.demo()).size());
    }
}
