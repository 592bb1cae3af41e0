package org.parkwatch.bridge.uplink;

import org.parkwatch.model.uplink.Sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the latest sample of every tag and hands back those not sent for {@code refreshMs}, so that a value that
 * does not change (a closed valve, an SIS trip that is off, a detector reading zero) still reaches the park now and
 * then. OPC UA subscriptions report changes only; without this the park could not tell "unchanged" from "no news".
 * The re-sent sample is the original one (same value, source time and status); the park recognises it as a refresh.
 * Thread-safe; cheap per sample (one map put).
 */
final class IntegrityRefresh {
    private final long refreshMs;
    private final Map<String, Entry> latest = new HashMap<>();

    private static final class Entry {
        Sample sample;
        long sentMs;
    }

    /** @param refreshMs 0 turns the refresh off */
    IntegrityRefresh(long refreshMs) {
        this.refreshMs = refreshMs;
    }

    boolean enabled() {
        return refreshMs > 0;
    }

    long refreshMs() {
        return refreshMs;
    }

    /** Records a sample as sent now. */
    synchronized void sent(Sample s, long nowMs) {
        if (refreshMs <= 0) return;
        Entry e = latest.computeIfAbsent(s.tagId(), k -> new Entry());
        e.sample = s;
        e.sentMs = nowMs;
    }

    /** The samples not sent for refreshMs, marked as sent now. */
    synchronized List<Sample> due(long nowMs) {
        if (refreshMs <= 0) return List.of();
        List<Sample> out = new ArrayList<>();
        for (Entry e : latest.values()) {
            if (nowMs - e.sentMs >= refreshMs) {
                out.add(e.sample);
                e.sentMs = nowMs;
            }
        }
        return out;
    }
}
