package org.parkwatch.bridge.uplink;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.parkwatch.model.uplink.Sample;

/**
 * Remembers the latest sample of every tag and hands back those not sent for {@code refreshMs}, so
 * that a value that does not change (a closed valve, an SIS trip that is off, a detector reading
 * zero) still reaches the park now and then. OPC UA subscriptions report changes only; without this
 * the park could not tell "unchanged" from "no news". The re-sent sample is the original one (same
 * value, source time and status); the park recognises it as a refresh. Thread-safe; cheap per
 * sample (one map put).
 */
final class IntegrityRefresh {
    private final long refreshMs;
    private final Map<String, Entry> latest = new HashMap<>();

    private static final class Entry {
        Sample sample;
        long sentMs;
    }

    /**
     * @param refreshMs 0 turns the refresh off
     */
    IntegrityRefresh(long refreshMs) {
        this.refreshMs = refreshMs;
    }

    boolean enabled() {
        return refreshMs > 0;
    }

    long refreshMs() {
        return refreshMs;
    }

    /**
     * Records a sample as sent now and hands it on, under the same lock as refreshes so none
     * overtakes it.
     */
    synchronized void forward(Sample s, long nowMs, Consumer<Sample> out) {
        if (refreshMs > 0) {
            Entry e = latest.computeIfAbsent(s.tagId(), k -> new Entry());
            e.sample = s;
            e.sentMs = nowMs;
        }
        out.accept(s);
    }

    /** Hands on every sample not sent for refreshMs again and marks it sent now. */
    synchronized void refreshDue(long nowMs, Consumer<Sample> out) {
        if (refreshMs <= 0) return;
        for (Entry e : latest.values()) {
            if (nowMs - e.sentMs >= refreshMs) {
                e.sentMs = nowMs;
                out.accept(e.sample);
            }
        }
    }
}
