package org.parkwatch.backend.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.live.BridgeHealth;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagIndex;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;

/**
 * The sample-by-sample step of {@link IngestPipeline}: checks each sample of an accepted batch
 * against its tag (known, of the topic's enterprise, of the right value type, owned by the sending
 * bridge), quarantines the implausible ones ({@link Plausibility}) and applies the rest to {@link
 * LiveState}. A bad sample is skipped on its own and counted under its reason ({@value
 * IngestPipeline#FOREIGN_TAG}, {@value IngestPipeline#NOT_OWNER}, {@value
 * IngestPipeline#QUARANTINED}); the batch's other samples still apply. Split from the pipeline,
 * which judges whole messages (topic, payload, sequence, durability). Runs on the ingest context
 * only.
 */
final class SampleApplier {
    /** Where the pipeline's rate-limited warnings about a bridge go. */
    @FunctionalInterface
    interface Warnings {
        void warn(String who, String message, long now);
    }

    private final LiveState live;
    private final TagIndex index;
    private final Plausibility plausibility;
    private final ParkWatchMetrics metrics;
    private final Warnings warnings;

    SampleApplier(
            LiveState live,
            Plausibility plausibility,
            ParkWatchMetrics metrics,
            Warnings warnings) {
        this.live = live;
        this.index = live.index();
        this.plausibility = plausibility;
        this.metrics = metrics;
        this.warnings = warnings;
    }

    /**
     * Applies the valid samples; returns the new ones (the batch's own list when all were valid and
     * new) — repeats of a tag's current sample (integrity refresh) keep the tag fresh but are not
     * passed on to history or alarms.
     *
     * @param owners which bridge owns which tag, as known when the batch arrived
     */
    List<Sample> apply(
            UplinkBatch batch, BridgeHealth bridge, String who, TagOwnership owners, long now) {
        List<Sample> samples = batch.samples();
        List<Sample> valid = null; // allocated only when a sample is skipped
        String firstProblem = null;
        int skipped = 0;
        int foreign = 0;
        int quarantined = 0;
        int notOwner = 0;
        for (int i = 0, n = samples.size(); i < n; i++) {
            Sample s = samples.get(i);
            int tag = index.indexOf(s.tagId());
            String problem = null;
            if (tag < 0) {
                live.unknownTag(batch.enterpriseId(), s.tagId());
                problem = "unknown tag '" + s.tagId() + "'";
            } else {
                TagDefinition def = index.definition(tag);
                problem = checkSample(def, s, batch.enterpriseId());
                if (problem != null && !def.enterpriseId().equals(batch.enterpriseId())) foreign++;
                if (problem == null && !owners.mayChange(batch.bridgeId(), s.tagId())) {
                    problem =
                            "tag "
                                    + s.tagId()
                                    + " is owned by bridge "
                                    + owners.ownerOf(s.tagId())
                                    + ", not "
                                    + batch.bridgeId();
                    notOwner++;
                }
            }
            if (problem == null) {
                Plausibility.Problem implausible =
                        plausibility.check(index.definition(tag), s, now);
                if (implausible != null) {
                    quarantined++;
                    if (valid == null) valid = new ArrayList<>(samples.subList(0, i));
                    Sample marker = quarantine(batch, who, i, s, implausible, now);
                    if (marker != null && live.apply(tag, marker, now)) valid.add(marker);
                    continue;
                }
                if (live.apply(tag, s, now)) {
                    if (valid != null) valid.add(s);
                } else if (valid == null) {
                    valid =
                            new ArrayList<>(
                                    samples.subList(
                                            0, i)); // a refresh: alive, but no new data to pass on
                }
                continue;
            }
            if (valid == null) valid = new ArrayList<>(samples.subList(0, i));
            if (firstProblem == null) firstProblem = "samples[" + i + "]: " + problem;
            skipped++;
        }
        if (quarantined > 0) metrics.uplinkRefused(IngestPipeline.QUARANTINED, quarantined);
        if (skipped > 0) {
            live.samplesRejected(bridge, skipped);
            metrics.samplesRejected(skipped);
            metrics.uplinkRefused(
                    IngestPipeline.FOREIGN_TAG,
                    foreign); // the tag ACL: a bridge speaks only for its own enterprise
            metrics.uplinkRefused(
                    IngestPipeline.NOT_OWNER, notOwner); // and changes only the tags it owns
            warnings.warn(
                    who,
                    "batch seq "
                            + batch.seq()
                            + ": skipped "
                            + skipped
                            + " of "
                            + samples.size()
                            + " samples, first "
                            + firstProblem,
                    now);
        }
        return valid == null ? samples : valid;
    }

    /**
     * Counts and logs a quarantined sample; @return what to apply instead: null for a time that
     * cannot be placed, a value-less Bad_OutOfRange sample for a value that is no measurement (the
     * tag shows bad quality, never the value)
     */
    private Sample quarantine(
            UplinkBatch batch, String who, int i, Sample s, Plausibility.Problem p, long now) {
        live.quarantined(batch.enterpriseId(), s.tagId(), p.name(), now);
        warnings.warn(
                who,
                "batch seq "
                        + batch.seq()
                        + ": samples["
                        + i
                        + "] of "
                        + s.tagId()
                        + " quarantined ("
                        + p
                        + ", source time "
                        + s.sourceTimeMs()
                        + ", value "
                        + s.value()
                        + ")",
                now);
        if (p != Plausibility.Problem.OUT_OF_RANGE) return null;
        return new Sample(s.tagId(), null, s.sourceTimeMs(), Plausibility.BAD_OUT_OF_RANGE);
    }

    /** Null when the sample fits its tag, else what is wrong. */
    private static String checkSample(TagDefinition def, Sample s, String enterpriseId) {
        if (!def.enterpriseId().equals(enterpriseId)) {
            return "tag "
                    + def.id()
                    + " belongs to enterprise "
                    + def.enterpriseId()
                    + ", not "
                    + enterpriseId;
        }
        Object v = s.value();
        if (v == null) return null;
        if (def.kind().isDiscrete()) {
            return v instanceof Boolean
                    ? null
                    : "value of discrete tag "
                            + def.id()
                            + " must be true/false, was "
                            + describe(v);
        }
        return v instanceof Double
                ? null
                : "value of analogue tag " + def.id() + " must be a number, was " + describe(v);
    }

    private static String describe(Object v) {
        return v instanceof String s
                ? "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\""
                : String.valueOf(v);
    }
}
