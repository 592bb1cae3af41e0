package org.parkwatch.backend.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.live.BridgeHealth;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkFormatException;
import org.parkwatch.model.uplink.UplinkTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one code path of every uplink message, whatever the transport: decode, check, de-duplicate,
 * apply to live state, notify listeners. Runs on the ingest context only (single writer of {@link
 * LiveState}).
 *
 * <p>Bad input never stops the pipeline: a payload that cannot be decoded, is too large or whose
 * enterprise/bridge differ from its topic is rejected as a whole; a sample with an unknown tag, a
 * tag of another enterprise or a wrong value type is skipped on its own while the batch's valid
 * samples apply. A tag of another enterprise is also counted as an uplink refusal ({@value
 * #FOREIGN_TAG}): the topic names the enterprise, and the transport (the embedded endpoint's ACL or
 * the external broker's) made sure the publisher owns that topic. A tag another bridge owns ({@link
 * TagOwnership}) is refused the same way and counted as {@value #NOT_OWNER}: a second,
 * misconfigured bridge of an enterprise cannot change the first one's tags. Each rejection is
 * counted and logged naming the bridge, the problem and the sample index (at most {@link
 * #LOG_BURST} lines per bridge per {@link #LOG_INTERVAL_MS}, then a count of the suppressed ones).
 * Sequence numbers are judged by {@link SeqHighWater}: a replay is dropped, a new epoch (the
 * bridge's spool was lost) is accepted, logged, counted and reported to live state for the {@code
 * SEQ_RESET} alarm, and a far jump is refused and counted ({@value #SEQ_JUMP}).
 *
 * <p>Acknowledged means durable (issue 19, D2): {@link #acceptDurably} hands an applied batch's new
 * samples to the {@link #durableStore durable store} (the history's write-ahead log) and returns a
 * future that completes once they are on disk; the transports acknowledge (PUBACK) only then. A
 * message that is refused for a reason (undecodable, foreign, a duplicate, a refused jump) or that
 * carries nothing new is acknowledged at once: resending it would not change the verdict, and the
 * bridge must not retry it forever.
 *
 * <p>The samples of an accepted batch are checked, quarantined and applied one by one by a {@link
 * SampleApplier}; this class judges the message as a whole.
 */
public final class IngestPipeline {
    /**
     * Warnings about one bridge are limited to {@link #LOG_BURST} per this interval, milliseconds.
     */
    public static final long LOG_INTERVAL_MS = 10_000;

    public static final int LOG_BURST = 5;

    /**
     * Bound of the per-bridge warning bookkeeping (garbage topics must not grow it without end).
     */
    private static final int MAX_WARN_KEYS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    /**
     * Metrics reason of samples refused because their tag belongs to another enterprise than the
     * topic's.
     */
    public static final String FOREIGN_TAG = "foreign-tag";

    /**
     * Metrics reason of samples refused because another bridge of the enterprise owns their tag.
     */
    public static final String NOT_OWNER = "not-owner";

    /**
     * Metrics reason of batches refused because their seq jumped far above the bridge's mark (issue
     * 19, D1).
     */
    public static final String SEQ_JUMP = "seq-jump";

    /**
     * Metrics reason of samples quarantined as implausible ({@link Plausibility}, issue 19, D3).
     */
    public static final String QUARANTINED = "implausible-sample";

    /** What happened to a message. */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        REJECTED,
        STATUS
    }

    private final UplinkCodec codec;
    private final LiveState live;
    private final SeqHighWater seqs;
    private final ParkWatchMetrics metrics;
    private final LongSupplier clockMs;
    private final SampleApplier samples;
    private final List<IngestListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Supplier<TagOwnership> ownership = () -> TagOwnership.NONE;
    private final Map<String, long[]> lastWarnMs = new HashMap<>();
    private volatile DurableStore durableStore = DurableStore.NONE;
    private CompletableFuture<?> lastDurable = CompletableFuture.completedFuture(null);
    private CompletableFuture<?> lastAckable; // set by the message being accepted, if applied
    private DurableMarks marks;

    /**
     * What happened to a message, and a future that completes once what it changed is durable
     * (already complete for a message that changed nothing to keep).
     */
    public record Accepted(Outcome outcome, CompletableFuture<?> durable) {}

    public IngestPipeline(
            UplinkCodec codec,
            LiveState live,
            SeqHighWater seqs,
            ParkWatchMetrics metrics,
            LongSupplier clockMs) {
        this(codec, live, seqs, metrics, Plausibility.DEFAULT, clockMs);
    }

    /**
     * @param plausibility the limits beyond which samples are quarantined ({@link Plausibility})
     */
    public IngestPipeline(
            UplinkCodec codec,
            LiveState live,
            SeqHighWater seqs,
            ParkWatchMetrics metrics,
            Plausibility plausibility,
            LongSupplier clockMs) {
        this.codec = codec;
        long now = clockMs.getAsLong();
        for (String key :
                seqs.keys()) { // bridges that fed the park before this start are expected back
            int slash = key.indexOf('/');
            if (slash > 0)
                live.expectBridge(key.substring(0, slash), key.substring(slash + 1), now);
        }
        this.live = live;
        this.seqs = seqs;
        this.metrics = metrics;
        this.clockMs = clockMs;
        this.samples = new SampleApplier(live, plausibility, metrics, this::warn);
    }

    /**
     * Where the pipeline learns which bridge owns which tag (asked once per batch); none recorded
     * by default.
     */
    public void ownership(Supplier<TagOwnership> source) {
        this.ownership = source;
    }

    /**
     * Where applied samples are made durable before they are acknowledged (the history's
     * write-ahead log); called on the ingest context, before the listeners, in seq order per
     * bridge. It must not block: it returns a future that completes once the samples are on disk.
     */
    public void durableStore(DurableStore store) {
        this.durableStore = store;
    }

    /**
     * Raises a bridge's seq mark to a batch the durable store already holds (read back from the
     * write-ahead log at start), unless the mark is newer ({@link SeqHighWater#recover}): a batch
     * that was durable but not acknowledged before a crash is then a duplicate when its bridge
     * sends it again, not applied twice. Call before the transports start.
     */
    public void recoverMark(String bridgeKey, String epoch, long seq) {
        seqs.recover(bridgeKey, epoch, seq);
        int slash = bridgeKey.indexOf('/');
        if (slash > 0)
            live.expectBridge(
                    bridgeKey.substring(0, slash),
                    bridgeKey.substring(slash + 1),
                    clockMs.getAsLong());
    }

    /**
     * The durability of the newest applied batch: when it completes, every batch applied before it
     * is durable too (the write-ahead log syncs in order). The seq marks are written to disk only
     * after it, so a mark never runs ahead of the history.
     */
    public CompletableFuture<?> lastDurable() {
        return lastDurable;
    }

    /**
     * Writes the seq marks behind the log and makes every applied batch's acknowledgement wait for
     * the write that includes it ({@link DurableMarks}); without it the marks are the caller's
     * business. Call on the ingest context.
     */
    public void durableMarks(DurableMarks marks) {
        this.marks = marks;
    }

    /**
     * {@link #accept}, and a future that completes once the applied samples are durable: the
     * transports acknowledge the message only then.
     */
    public Accepted acceptDurably(String topic, byte[] payload) {
        lastAckable = null;
        Outcome outcome = accept(topic, payload);
        CompletableFuture<?> durable =
                lastAckable != null ? lastAckable : CompletableFuture.completedFuture(null);
        return new Accepted(outcome, durable);
    }

    public void addListener(IngestListener listener) {
        listeners.add(listener);
    }

    /** Handles one MQTT message of an uplink topic ({@link UplinkTopics}). */
    public Outcome accept(String topic, byte[] payload) {
        long now = clockMs.getAsLong();
        UplinkTopics.Parsed t = UplinkTopics.parse(topic);
        if (t == null)
            return rejectBatch(
                    "?",
                    "topic '" + topic + "' is not an uplink topic (" + UplinkTopics.ALL + ")",
                    now);
        String who = SeqHighWater.key(t.enterpriseId(), t.bridgeId());
        if (live.feed(t.enterpriseId()) == null) {
            return rejectBatch(
                    who, "enterprise '" + t.enterpriseId() + "' is not in the park", now);
        }
        return t.isSamples()
                ? acceptSamples(t, who, payload, now)
                : acceptStatus(t, who, payload, now);
    }

    private Outcome acceptStatus(UplinkTopics.Parsed t, String who, byte[] payload, long now) {
        if (payload.length == 0)
            return Outcome.STATUS; // an empty retained message clears the topic: nothing to do
        FeedStatus s;
        try {
            s = codec.decodeStatus(payload);
        } catch (UplinkFormatException e) {
            return rejectBatch(who, "status message: " + e.getMessage(), now);
        }
        if (!t.enterpriseId().equals(s.enterpriseId()) || !t.bridgeId().equals(s.bridgeId())) {
            return rejectBatch(
                    who,
                    "status message names "
                            + s.enterpriseId()
                            + "/"
                            + s.bridgeId()
                            + " but came on the topic of "
                            + who,
                    now);
        }
        BridgeHealth b = live.bridge(t.enterpriseId(), t.bridgeId(), now);
        String before = b.state();
        live.status(b, s.state(), s.serversUp(), s.servers(), now);
        if (!before.equals(s.state()))
            LOG.info(
                    "bridge {} is {} (OPC UA servers up {}/{})",
                    who,
                    s.state(),
                    s.serversUp(),
                    s.servers());
        return Outcome.STATUS;
    }

    private Outcome acceptSamples(UplinkTopics.Parsed t, String who, byte[] payload, long now) {
        UplinkBatch batch;
        try {
            batch = codec.decode(payload);
        } catch (UplinkFormatException e) {
            return rejectBatch(who, e.getMessage(), now);
        }
        if (!t.enterpriseId().equals(batch.enterpriseId())
                || !t.bridgeId().equals(batch.bridgeId())) {
            return rejectBatch(
                    who,
                    "payload names "
                            + batch.enterpriseId()
                            + "/"
                            + batch.bridgeId()
                            + " but came on the topic of "
                            + who
                            + " (seq "
                            + batch.seq()
                            + ")",
                    now);
        }
        BridgeHealth bridge = live.bridge(t.enterpriseId(), t.bridgeId(), now);
        long high = seqs.get(who);
        SeqHighWater.Verdict verdict = seqs.check(who, batch.epoch(), batch.seq());
        switch (verdict) {
            case DUPLICATE, RETIRED_EPOCH -> {
                live.duplicateDropped(bridge);
                metrics.duplicateDropped();
                return Outcome.DUPLICATE;
            }
            case JUMP_REFUSED -> {
                metrics.uplinkRefused(SEQ_JUMP, 1);
                warn(
                        who,
                        "refused batch seq "
                                + batch.seq()
                                + " of epoch "
                                + batch.epoch()
                                + ": more than "
                                + SeqHighWater.MAX_SEQ_JUMP
                                + " above the mark "
                                + high
                                + " (epoch "
                                + seqs.epoch(who)
                                + "); accepted only if the next batch continues it",
                        now);
                return Outcome.REJECTED;
            }
            case NEW_EPOCH -> {
                // the bridge's spool was lost or replaced: its sequence restarts; never drop it as
                // a replay
                LOG.warn(
                        "uplink from bridge {}: sequence reset, new epoch {} at seq {} (was epoch {} at seq {})",
                        who,
                        batch.epoch(),
                        batch.seq(),
                        seqs.epoch(who),
                        high);
                metrics.seqReset();
                live.seqReset(bridge, now);
                high = -1;
            }
            case APPLY -> {}
        }
        if (high >= 0 && batch.seq() > high + 1) {
            long missing = batch.seq() - high - 1;
            metrics.seqGap(missing);
            warn(
                    who,
                    "seq gap: "
                            + missing
                            + " batch(es) missing between "
                            + high
                            + " and "
                            + batch.seq(),
                    now);
        }
        List<Sample> applied = samples.apply(batch, bridge, who, ownership.get(), now);
        // stored with the batch's identity, also when nothing in it was new: after a crash the
        // log then knows every batch it holds, and a resent one is not applied twice (issue 19)
        CompletableFuture<?> durable;
        try {
            durable = durableStore.store(who, batch.epoch(), batch.seq(), applied);
        } catch (RuntimeException e) {
            durable = CompletableFuture.failedFuture(e);
        }
        lastDurable = durable;
        seqs.put(who, batch.epoch(), batch.seq());
        // acknowledge once the samples and the mark that records the batch are both on disk
        lastAckable = marks != null ? marks.changed(() -> lastDurable) : lastDurable;
        live.batchApplied(bridge, batch.seq(), applied.size(), newestSource(applied), now);
        metrics.batchApplied(applied.size(), now - batch.sentMs());
        if (!listeners.isEmpty()) {
            AppliedBatch done =
                    new AppliedBatch(
                            batch.enterpriseId(),
                            batch.bridgeId(),
                            batch.seq(),
                            batch.sentMs(),
                            now,
                            applied);
            for (IngestListener l : listeners) {
                try {
                    l.batchApplied(done);
                } catch (RuntimeException e) {
                    LOG.error(
                            "ingest listener {} failed on batch {} seq {}", l, who, batch.seq(), e);
                }
            }
        }
        return Outcome.APPLIED;
    }

    private static long newestSource(List<Sample> samples) {
        long newest = 0;
        for (int i = 0, n = samples.size(); i < n; i++)
            newest = Math.max(newest, samples.get(i).sourceTimeMs());
        return newest;
    }

    private Outcome rejectBatch(String who, String problem, long now) {
        metrics.decodeError();
        warn(who, "rejected: " + problem, now);
        return Outcome.REJECTED;
    }

    private void warn(String who, String message, long now) {
        if (lastWarnMs.size() > MAX_WARN_KEYS) lastWarnMs.clear();
        long[] w =
                lastWarnMs.computeIfAbsent(
                        who, k -> new long[] {Long.MIN_VALUE / 2, 0, 0}); // start, lines, dropped
        if (now - w[0] >= LOG_INTERVAL_MS) {
            if (w[2] > 0)
                LOG.warn("uplink from bridge {}: {} similar messages suppressed", who, w[2]);
            w[0] = now;
            w[1] = 0;
            w[2] = 0;
        }
        if (w[1]++ < LOG_BURST) LOG.warn("uplink from bridge {}: {}", who, message);
        else w[2]++;
    }
}
