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
            Counter.builder("parkwatch.ingest.samples")
                    .description("samples decoded and applied to live state")
                    .register(registry);
    private final Counter batchesApplied =
            Counter.builder("parkwatch.ingest.batches")
                    .description("sample batches applied")
                    .register(registry);
    private final Timer batchLatency =
            Timer.builder("parkwatch.ingest.batch.latency")
                    .description("receive time minus the bridge's sentMs of each applied batch")
                    .publishPercentiles(0.5, 0.99)
                    .distributionStatisticExpiry(Duration.ofMinutes(1))
                    .register(registry);
    private final Counter duplicatesDropped =
            Counter.builder("parkwatch.ingest.duplicates.dropped")
                    .description("batches dropped because their seq was already applied")
                    .register(registry);
    private final Counter decodeErrors =
            Counter.builder("parkwatch.ingest.decode.errors")
                    .description(
                            "payloads rejected as a whole (malformed, oversize, topic/payload mismatch)")
                    .register(registry);
    private final Counter samplesRejected =
            Counter.builder("parkwatch.ingest.samples.rejected")
                    .description(
                            "samples skipped individually (unknown tag, wrong value type, foreign enterprise)")
                    .register(registry);
    private final Counter seqGaps =
            Counter.builder("parkwatch.ingest.seq.gaps")
                    .description("batches missing between consecutive applied batches of a bridge")
                    .register(registry);
    private final Counter seqResets =
            Counter.builder("parkwatch.ingest.seq.resets")
                    .description(
                            "bridge sequences restarted in a new epoch (spool lost or replaced)")
                    .register(registry);
    private final Counter coalesced =
            Counter.builder("parkwatch.push.coalesced.updates")
                    .description("tag updates superseded by a newer value before a WebSocket flush")
                    .register(registry);
    private final Counter pushMessages =
            Counter.builder("parkwatch.push.messages")
                    .description("WebSocket messages written")
                    .register(registry);
    private final Counter slowSkips =
            Counter.builder("parkwatch.push.slow.skips")
                    .description("flushes skipped for a client whose write queue was full")
                    .register(registry);

    /**
     * Refused uplink attempts by reason ({@code missing-credentials}, {@code bad-credentials},
     * {@code topic-acl}, {@code will-acl}, {@code foreign-tag}); one counter per reason, created on
     * first use.
     */
    private final ConcurrentMap<String, Counter> uplinkRefused = new ConcurrentHashMap<>();

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
