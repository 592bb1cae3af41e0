package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class AlarmEvaluatorTest {
    static final String LT = "E01.TK201.LT";
    static final long T0 = 1_700_000_000_000L;

    final List<ConditionChange> changes = new ArrayList<>();

    static AlarmDefinition def(
            AlarmType type, double limit, double deadband, long onDelay, long offDelay) {
        return new AlarmDefinition(
                AlarmDefinition.idFor(LT, type),
                "E01",
                LT,
                "E01-TK201",
                type,
                Priority.HIGH,
                limit,
                deadband,
                onDelay,
                offDelay,
                60_000,
                null,
                false,
                null);
    }

    AlarmEvaluator evaluator(AlarmDefinition... defs) {
        return new AlarmEvaluator(List.of(defs), AlarmTagIndex.of(List.of(defs)), changes::add);
    }

    static void feed(AlarmEvaluator e, String tag, double... valuesOneSecondApart) {
        for (int i = 0; i < valuesOneSecondApart.length; i++) {
            e.onSample(Sample.of(tag, valuesOneSecondApart[i], T0 + i * 1000L));
        }
    }

    @Test
    void highAlarmActivatesAtTheLimit() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 0, 0));
        feed(e, LT, 6.0, 6.79, 6.8);
        assertEquals(List.of(new ConditionChange("E01.TK201.LT.H", true, 6.8, T0 + 2000)), changes);
    }

    @Test
    void highAlarmClearsOnlyBelowLimitMinusDeadband() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0.4, 0, 0));
        feed(e, LT, 7.0, 6.5, 6.41, 6.39);
        assertEquals(
                List.of(
                        new ConditionChange("E01.TK201.LT.H", true, 7.0, T0),
                        new ConditionChange("E01.TK201.LT.H", false, 6.39, T0 + 3000)),
                changes);
    }

    @Test
    void lowAlarmClearsOnlyAboveLimitPlusDeadband() {
        AlarmEvaluator e = evaluator(def(AlarmType.L, 0.8, 0.2, 0, 0));
        feed(e, LT, 0.7, 0.9, 1.0, 1.01);
        assertEquals(2, changes.size());
        assertEquals(new ConditionChange("E01.TK201.LT.L", false, 1.01, T0 + 3000), changes.get(1));
    }

    @Test
    void onDelaySwallowsAShortExcursion() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 2000, 0));
        feed(e, LT, 7.0, 7.0, 6.0, 7.0);
        assertEquals(List.of(), changes);
    }

    @Test
    void onDelayActivatesWhenTheConditionHoldsLongEnough() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 2000, 0));
        feed(e, LT, 7.0, 7.1, 7.2);
        assertEquals(List.of(new ConditionChange("E01.TK201.LT.H", true, 7.2, T0 + 2000)), changes);
    }

    @Test
    void tickCompletesAnOnDelayWithoutNewSamples() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 2000, 0));
        e.onSample(Sample.of(LT, 7.0, T0));
        e.tick(T0 + 1999);
        assertEquals(0, changes.size());
        e.tick(T0 + 2000);
        assertEquals(List.of(new ConditionChange("E01.TK201.LT.H", true, 7.0, T0 + 2000)), changes);
    }

    @Test
    void offDelayKeepsTheAlarmThroughAShortDip() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 0, 3000));
        feed(e, LT, 7.0, 6.0, 7.0, 6.0, 6.0, 6.0, 6.0);
        // clear starts at t0+3 s, completes at t0+6 s
        assertEquals(
                List.of(
                        new ConditionChange("E01.TK201.LT.H", true, 7.0, T0),
                        new ConditionChange("E01.TK201.LT.H", false, 6.0, T0 + 6000)),
                changes);
    }

    @Test
    void rateOfChangeIsMeasuredOverTheWindow() {
        // 0.5 m/min limit over 60 s: 0.3 m in 60 s is fine, then 0.6 m in the next 60 s alarms
        AlarmEvaluator e = evaluator(def(AlarmType.ROC, 0.5, 0, 0, 0));
        e.onSample(Sample.of(LT, 3.0, T0));
        e.onSample(Sample.of(LT, 3.3, T0 + 60_000));
        assertEquals(0, changes.size());
        e.onSample(Sample.of(LT, 3.6, T0 + 90_000)); // window not yet complete
        e.onSample(Sample.of(LT, 3.9, T0 + 120_000));
        assertEquals(1, changes.size());
        assertEquals(0.6, changes.get(0).value(), 1e-9);
        assertEquals(T0 + 120_000, changes.get(0).atMs());
    }

    @Test
    void deviationFollowsTheSetpointTag() {
        String pv = "E01.U200.PT";
        String sp = "E01.U200.PT_SP";
        AlarmDefinition dev =
                new AlarmDefinition(
                        pv + ".DEV",
                        "E01",
                        pv,
                        "E01-U200",
                        AlarmType.DEVIATION,
                        Priority.LOW,
                        80,
                        8,
                        0,
                        0,
                        0,
                        sp,
                        false,
                        null);
        AlarmEvaluator e = evaluator(dev);
        e.onSample(Sample.of(pv, 950, T0));
        e.onSample(Sample.of(sp, 1000, T0 + 1));
        assertEquals(0, changes.size());
        e.onSample(Sample.of(sp, 1030, T0 + 2)); // |950 − 1030| = 80 ≥ band
        e.onSample(Sample.of(pv, 955, T0 + 3)); // 75 ≥ 80 − 8: stays
        e.onSample(Sample.of(pv, 961, T0 + 4)); // 69 < 72: clears
        assertEquals(
                List.of(
                        new ConditionChange(pv + ".DEV", true, 950, T0 + 2),
                        new ConditionChange(pv + ".DEV", false, 961, T0 + 4)),
                changes);
    }

    @Test
    void discreteTripIsActiveWhileTrue() {
        String trip = "E01.SIS1.TRIP";
        AlarmDefinition d =
                new AlarmDefinition(
                        trip + ".ST",
                        "E01",
                        trip,
                        "E01-TF1",
                        AlarmType.DISCRETE,
                        Priority.HIGH,
                        1,
                        0,
                        0,
                        0,
                        0,
                        null,
                        true,
                        null);
        AlarmEvaluator e = evaluator(d);
        e.onSample(new Sample(trip, false, T0, Sample.GOOD));
        e.onSample(new Sample(trip, true, T0 + 1, Sample.GOOD));
        e.onSample(new Sample(trip, false, T0 + 2, Sample.GOOD));
        assertEquals(
                List.of(
                        new ConditionChange(trip + ".ST", true, 1, T0 + 1),
                        new ConditionChange(trip + ".ST", false, 0, T0 + 2)),
                changes);
    }

    @Test
    void badStatusRaisesBadQualityAndLeavesLimitAlarmsAlone() {
        AlarmEvaluator e =
                evaluator(
                        def(AlarmType.H, 6.8, 0, 0, 0),
                        def(AlarmType.BAD_QUALITY, Double.NaN, 0, 0, 0));
        e.onSample(new Sample(LT, 9.0, T0, Sample.BAD_NO_COMMUNICATION));
        e.onSample(Sample.of(LT, 1.0, T0 + 1000));
        assertEquals(
                List.of(
                        new ConditionChange(LT + ".BADQ", true, Double.NaN, T0),
                        new ConditionChange(LT + ".BADQ", false, Double.NaN, T0 + 1000)),
                changes);
    }

    @Test
    void staleAndFeedLostFollowLiveState() {
        AlarmDefinition feed =
                new AlarmDefinition(
                        "E01.FEED_LOST",
                        "E01",
                        null,
                        null,
                        AlarmType.FEED_LOST,
                        Priority.HIGH,
                        Double.NaN,
                        0,
                        0,
                        0,
                        0,
                        null,
                        false,
                        null);
        AlarmEvaluator e = evaluator(def(AlarmType.STALE, Double.NaN, 0, 0, 0), feed);
        e.setStale(LT, true, T0);
        e.setFeedLost("E01", true, T0 + 1);
        e.setFeedLost("E01", true, T0 + 2);
        e.setFeedLost("E02", true, T0 + 3);
        assertEquals(
                List.of(
                        new ConditionChange(LT + ".STALE", true, Double.NaN, T0),
                        new ConditionChange("E01.FEED_LOST", true, Double.NaN, T0 + 1)),
                changes);
    }

    @Test
    void olderSamplesThanTheLastAreIgnored() {
        AlarmEvaluator e = evaluator(def(AlarmType.H, 6.8, 0, 0, 0));
        e.onSample(Sample.of(LT, 1.0, T0 + 5000));
        e.onSample(Sample.of(LT, 9.0, T0));
        assertEquals(0, changes.size());
    }

    @Test
    void samplesThatChangeNothingAllocateNothing() {
        List<AlarmDefinition> defs = AlarmDefinitionsTest.DEFAULTS;
        AlarmEvaluator e = new AlarmEvaluator(defs, AlarmTagIndex.of(defs), changes::add);
        int tag = e.tagIndex().indexOf(LT);
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 200_000; i++)
            e.onSample(tag, 4.0 + (i % 10) * 0.01, 0, T0 + i); // warm-up
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1_000_000; i++)
            e.onSample(tag, 4.0 + (i % 10) * 0.01, 0, T0 + 200_000 + i);
        long allocated = mx.getThreadAllocatedBytes(id) - before;
        assertEquals(List.of(), changes);
        // a few hundred bytes of measurement noise at most; one object per sample would be ≥ 16 MB
        assertTrue(allocated < 64 * 1024, allocated + " bytes for 1e6 samples");
    }
}
