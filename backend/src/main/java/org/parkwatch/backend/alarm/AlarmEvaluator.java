package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parkwatch.model.uplink.Sample;

/**
 * Turns samples into alarm condition changes, sample by sample, using only the samples' own
 * timestamps (no wall clock; the same input gives the same output). Handles deadband, on-delay and
 * off-delay, rate of change, deviation from a setpoint tag, discrete states, and the quality, stale
 * and feed-lost conditions that live state reports.
 *
 * <p>State is kept in arrays indexed by an int tag index and an int alarm index; a sample that
 * changes nothing allocates nothing. Not thread-safe: feed it from one thread.
 *
 * <p>Delays: a pending change starts at the first sample that disagrees with the current state and
 * completes at the first sample (or {@link #tick}) at least the delay later; a sample that agrees
 * again cancels it. Samples older than the tag's previous sample are ignored. Rate of change is
 * measured from a reference sample to the first sample at least {@code windowMs} later, then the
 * reference moves to that sample.
 */
public final class AlarmEvaluator {
    private static final long NONE = Long.MIN_VALUE;

    private final AlarmTagIndex tags;
    private final Consumer<ConditionChange> sink;
    private final String[] alarmIds;
    private final AlarmType[] type;
    private final double[] limit;
    private final double[] deadband;
    private final long[] onDelay;
    private final long[] offDelay;
    private final long[] window;
    private final int[] tagOf;
    private final int[] setpointOf;
    private final boolean[] active;
    private final long[] pendingSince;
    private final double[] refValue;
    private final long[] refTime;
    private final double[] lastValue;
    private final long[] lastTime;
    private final int[][] valueAlarmsByTag;
    private final int[] badQualityAlarm;
    private final int[] staleAlarm;
    private final Map<String, Integer> feedLostAlarm = new HashMap<>();
    private final Map<String, Integer> alarmIndex = new HashMap<>();
    private int pendingCount;

    public AlarmEvaluator(
            List<AlarmDefinition> defs, AlarmTagIndex tags, Consumer<ConditionChange> sink) {
        this.tags = tags;
        this.sink = sink;
        int n = defs.size();
        alarmIds = new String[n];
        type = new AlarmType[n];
        limit = new double[n];
        deadband = new double[n];
        onDelay = new long[n];
        offDelay = new long[n];
        window = new long[n];
        tagOf = new int[n];
        setpointOf = new int[n];
        active = new boolean[n];
        pendingSince = new long[n];
        refValue = new double[n];
        refTime = new long[n];
        Arrays.fill(pendingSince, NONE);
        Arrays.fill(refTime, NONE);
        int t = tags.size();
        lastValue = new double[t];
        lastTime = new long[t];
        Arrays.fill(lastValue, Double.NaN);
        Arrays.fill(lastTime, NONE);
        badQualityAlarm = new int[t];
        staleAlarm = new int[t];
        Arrays.fill(badQualityAlarm, -1);
        Arrays.fill(staleAlarm, -1);
        List<List<Integer>> byTag = new ArrayList<>();
        for (int i = 0; i < t; i++) byTag.add(new ArrayList<>());
        for (int a = 0; a < n; a++) {
            AlarmDefinition d = defs.get(a);
            alarmIds[a] = d.id();
            alarmIndex.put(d.id(), a);
            type[a] = d.type();
            limit[a] = d.limit();
            deadband[a] = d.deadband();
            onDelay[a] = d.onDelayMs();
            offDelay[a] = d.offDelayMs();
            window[a] = d.windowMs();
            tagOf[a] = d.tagId() == null ? -1 : requireTag(d.tagId(), d);
            setpointOf[a] = d.setpointTagId() == null ? -1 : requireTag(d.setpointTagId(), d);
            switch (d.type()) {
                case BAD_QUALITY -> badQualityAlarm[tagOf[a]] = a;
                case STALE -> staleAlarm[tagOf[a]] = a;
                case FEED_LOST -> feedLostAlarm.put(d.enterpriseId(), a);
                case FEED_FROZEN,
                        SEQ_RESET,
                        IMPLAUSIBLE,
                        TRUCK_OFF_ROUTE,
                        TRUCK_SPEEDING,
                        TRUCK_STOPPED,
                        TRUCK_CLOSED_ROAD,
                        PARKING_OVERSTAY,
                        LOADING_UNCHECKED,
                        HIDDEN_DANGER_OVERDUE,
                        MAJOR_HIDDEN_DANGER_OVERDUE,
                        COMMITMENT_MISSING,
                        WORK_PERMIT_GAS_NEAR,
                        WORK_PERMIT_OUTSIDE_WINDOW,
                        WORK_PERMIT_NO_GAS_ANALYSIS -> {} // set by id through setCondition
                case DEVIATION -> {
                    byTag.get(tagOf[a]).add(a);
                    byTag.get(setpointOf[a]).add(a);
                }
                default -> byTag.get(tagOf[a]).add(a);
            }
        }
        valueAlarmsByTag = new int[t][];
        for (int i = 0; i < t; i++)
            valueAlarmsByTag[i] = byTag.get(i).stream().mapToInt(Integer::intValue).toArray();
    }

    private int requireTag(String tagId, AlarmDefinition d) {
        int i = tags.indexOf(tagId);
        if (i < 0)
            throw new IllegalArgumentException(
                    d.id() + ": tag " + tagId + " is not in the tag index");
        return i;
    }

    public AlarmTagIndex tagIndex() {
        return tags;
    }

    /**
     * One sample. Booleans come as 1/0; NaN (no value, text) only updates quality.
     *
     * @param tag index from {@link #tagIndex()}; -1 is ignored
     * @param status OPC UA status code; bad (top bit set) raises the tag's bad-quality alarm and
     *     skips value alarms
     * @param atMs the sample's source time, epoch ms
     */
    public void onSample(int tag, double value, long status, long atMs) {
        if (tag < 0 || atMs < lastTime[tag]) return;
        boolean bad = (status & 0x80000000L) != 0;
        int q = badQualityAlarm[tag];
        if (q >= 0) update(q, bad, Double.NaN, atMs);
        if (bad || Double.isNaN(value)) return;
        lastValue[tag] = value;
        lastTime[tag] = atMs;
        int[] alarms = valueAlarmsByTag[tag];
        for (int a : alarms) evaluate(a, value, atMs);
    }

    /**
     * Convenience for callers holding a {@link Sample}: looks the tag up by id (unknown tags are
     * ignored).
     */
    public void onSample(Sample s) {
        onSample(tags.indexOf(s.tagId()), s.numeric(), s.status(), s.sourceTimeMs());
    }

    /** Live state's verdict on a tag's freshness (its stale alarm, if defined). */
    public void setStale(String tagId, boolean stale, long atMs) {
        int t = tags.indexOf(tagId);
        if (t >= 0 && staleAlarm[t] >= 0) update(staleAlarm[t], stale, Double.NaN, atMs);
    }

    /** Live state's verdict on an enterprise feed (its feed-lost alarm, if defined). */
    public void setFeedLost(String enterpriseId, boolean lost, long atMs) {
        Integer a = feedLostAlarm.get(enterpriseId);
        if (a != null) update(a, lost, Double.NaN, atMs);
    }

    /**
     * Sets an externally decided condition (bad quality, stale, feed lost, bypass register alarms)
     * by alarm id.
     *
     * @throws IllegalArgumentException for unknown ids or alarms the evaluator decides itself
     */
    public void setCondition(String alarmId, boolean condition, double value, long atMs) {
        Integer a = alarmIndex.get(alarmId);
        if (a == null) throw new IllegalArgumentException("no alarm " + alarmId);
        if (!type[a].isExternal())
            throw new IllegalArgumentException(
                    alarmId + " is a " + type[a] + " alarm decided by samples");
        update(a, condition, value, atMs);
    }

    /** Completes on- and off-delays that have run out without a new sample. */
    public void tick(long nowMs) {
        if (pendingCount == 0) return;
        for (int a = 0; a < pendingSince.length; a++) {
            long since = pendingSince[a];
            if (since != NONE && nowMs - since >= (active[a] ? offDelay[a] : onDelay[a])) {
                double v = tagOf[a] >= 0 ? lastValue[tagOf[a]] : Double.NaN;
                set(a, !active[a], v, nowMs);
            }
        }
    }

    /**
     * Applies changed limit, deadband, delays and ROC window of an existing alarm; the next sample
     * of its tag is judged by them. Tag, type and setpoint tag cannot change here (they shape the
     * index).
     *
     * @throws IllegalArgumentException when the alarm is unknown or its tag, type or setpoint tag
     *     differ
     */
    public void redefine(AlarmDefinition d) {
        Integer a = alarmIndex.get(d.id());
        if (a == null) throw new IllegalArgumentException(d.id() + ": no such alarm");
        int sp = d.setpointTagId() == null ? -1 : tags.indexOf(d.setpointTagId());
        if (type[a] != d.type()
                || tagOf[a] != (d.tagId() == null ? -1 : tags.indexOf(d.tagId()))
                || setpointOf[a] != sp) {
            throw new IllegalArgumentException(
                    d.id() + ": tag, type and setpoint tag cannot change while running");
        }
        limit[a] = d.limit();
        deadband[a] = d.deadband();
        onDelay[a] = d.onDelayMs();
        offDelay[a] = d.offDelayMs();
        window[a] = d.windowMs();
    }

    /** Sets the condition without an event, e.g. when restoring active alarms after a restart. */
    public void restoreActive(String alarmId, boolean isActive) {
        Integer a = alarmIndex.get(alarmId);
        if (a != null) active[a] = isActive;
    }

    public boolean isActive(String alarmId) {
        Integer a = alarmIndex.get(alarmId);
        return a != null && active[a];
    }

    /** The latest good value of a tag, NaN if none yet. */
    public double lastValue(int tag) {
        return lastValue[tag];
    }

    private void evaluate(int a, double value, long atMs) {
        switch (type[a]) {
            case HH, H ->
                    update(
                            a,
                            value >= (active[a] ? limit[a] - deadband[a] : limit[a]),
                            value,
                            atMs);
            case L, LL ->
                    update(
                            a,
                            value <= (active[a] ? limit[a] + deadband[a] : limit[a]),
                            value,
                            atMs);
            case DISCRETE -> update(a, (value >= 0.5) == (limit[a] >= 0.5), value, atMs);
            case DEVIATION -> {
                double pv = lastValue[tagOf[a]];
                double sp = lastValue[setpointOf[a]];
                if (Double.isNaN(pv) || Double.isNaN(sp)) return;
                update(
                        a,
                        Math.abs(pv - sp) >= (active[a] ? limit[a] - deadband[a] : limit[a]),
                        pv,
                        atMs);
            }
            case ROC -> rateOfChange(a, value, atMs);
            default -> {}
        }
    }

    private void rateOfChange(int a, double value, long atMs) {
        if (refTime[a] == NONE) {
            refValue[a] = value;
            refTime[a] = atMs;
            return;
        }
        long span = atMs - refTime[a];
        if (span < window[a] || span <= 0) return;
        double ratePerMin = Math.abs(value - refValue[a]) * 60_000.0 / span;
        refValue[a] = value;
        refTime[a] = atMs;
        update(a, ratePerMin >= (active[a] ? limit[a] - deadband[a] : limit[a]), ratePerMin, atMs);
    }

    private void update(int a, boolean condition, double value, long atMs) {
        if (condition == active[a]) {
            if (pendingSince[a] != NONE) {
                pendingSince[a] = NONE;
                pendingCount--;
            }
            return;
        }
        long delay = condition ? onDelay[a] : offDelay[a];
        if (delay <= 0) {
            set(a, condition, value, atMs);
        } else if (pendingSince[a] == NONE) {
            pendingSince[a] = atMs;
            pendingCount++;
        } else if (atMs - pendingSince[a] >= delay) {
            set(a, condition, value, atMs);
        }
    }

    private void set(int a, boolean condition, double value, long atMs) {
        if (pendingSince[a] != NONE) {
            pendingSince[a] = NONE;
            pendingCount--;
        }
        active[a] = condition;
        sink.accept(new ConditionChange(alarmIds[a], condition, value, atMs));
    }
}
