package org.parkwatch.backend.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The backend's own meters in one Prometheus registry (also handed to Vert.x for its HTTP/net
 * meters). Counters are incremented once per batch or per flush, never per sample, to keep the
 * ingest path cheap.
 */
public final class ParkWatchMetrics {
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    private final Counter samplesApplied =
            counter("parkwatch.ingest.samples", "samples decoded and applied to live state");
    private final Counter batchesApplied =
            counter("parkwatch.ingest.batches", "sample batches applied");
    private final Timer batchLatency =
            Timer.builder("parkwatch.ingest.batch.latency")
                    .description("receive time minus the bridge's sentMs of each applied batch")
                    .publishPercentiles(0.5, 0.99)
                    .distributionStatisticExpiry(Duration.ofMinutes(1))
                    .register(registry);
    private final Counter duplicatesDropped =
            counter(
                    "parkwatch.ingest.duplicates.dropped",
                    "batches dropped because their seq was already applied");
    private final Counter decodeErrors =
            counter(
                    "parkwatch.ingest.decode.errors",
                    "payloads rejected as a whole (malformed, oversize, topic/payload mismatch)");
    private final Counter samplesRejected =
            counter(
                    "parkwatch.ingest.samples.rejected",
                    "samples skipped individually (unknown tag, wrong value type, foreign enterprise)");
    private final Counter seqGaps =
            counter(
                    "parkwatch.ingest.seq.gaps",
                    "batches missing between consecutive applied batches of a bridge");
    private final Counter seqResets =
            counter(
                    "parkwatch.ingest.seq.resets",
                    "bridge sequences restarted in a new epoch (spool lost or replaced)");
    private final Counter coalesced =
            counter(
                    "parkwatch.push.coalesced.updates",
                    "tag updates superseded by a newer value before a WebSocket flush");
    private final Counter pushMessages =
            counter("parkwatch.push.messages", "WebSocket messages written");
    private final Counter slowSkips =
            counter(
                    "parkwatch.push.slow.skips",
                    "flushes skipped for a client whose write queue was full");

    /**
     * Refused uplink attempts by reason ({@code missing-credentials}, {@code bad-credentials},
     * {@code topic-acl}, {@code will-acl}, {@code foreign-tag}); one counter per reason, created on
     * first use.
     */
    private final ConcurrentMap<String, Counter> uplinkRefused = new ConcurrentHashMap<>();

    /** A counter in this registry (field initialisers run after {@code registry} is set). */
    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    public void batchApplied(int samples, long latencyMs) {
        batchesApplied.increment();
        samplesApplied.increment(samples);
        batchLatency.record(Math.max(0, latencyMs), TimeUnit.MILLISECONDS);
    }

    public void duplicateDropped() {
        duplicatesDropped.increment();
    }

    public void decodeError() {
        decodeErrors.increment();
    }

    public void samplesRejected(int n) {
        if (n > 0) samplesRejected.increment(n);
    }

    /** Counts {@code n} refused uplink connections, messages or samples for {@code reason}. */
    public void uplinkRefused(String reason, long n) {
        if (n <= 0) return;
        uplinkRefused
                .computeIfAbsent(
                        reason,
                        r ->
                                Counter.builder("parkwatch.uplink.refused")
                                        .description(
                                                "uplink connections, messages or samples refused by authentication or ACL")
                                        .tag("reason", r)
                                        .register(registry))
                .increment(n);
    }

    /** Refusals counted so far for {@code reason}. */
    public double uplinkRefused(String reason) {
        Counter c = uplinkRefused.get(reason);
        return c == null ? 0 : c.count();
    }

    public void seqGap(long missing) {
        seqGaps.increment(missing);
    }

    public void seqReset() {
        seqResets.increment();
    }

    public double seqResets() {
        return seqResets.count();
    }

    public void coalesced(long n) {
        if (n > 0) coalesced.increment(n);
    }

    public void pushMessage() {
        pushMessages.increment();
    }

    public void slowSkip() {
        slowSkips.increment();
    }

    /** Messages and flushes not written to a slow WebSocket client so far. */
    public double slowSkips() {
        return slowSkips.count();
    }

    public double samplesApplied() {
        return samplesApplied.count();
    }

    public double duplicatesDropped() {
        return duplicatesDropped.count();
    }

    public double decodeErrors() {
        return decodeErrors.count();
    }

    public Timer batchLatency() {
        return batchLatency;
    }
}
