package org.parkwatch.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.ingest.IngestPipeline.Outcome.APPLIED;
import static org.parkwatch.backend.ingest.IngestPipeline.Outcome.DUPLICATE;
import static org.parkwatch.backend.ingest.IngestPipeline.Outcome.REJECTED;
import static org.parkwatch.backend.ingest.IngestPipeline.Outcome.STATUS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

class IngestPipelineTest {
    private static final long NOW = 1_764_300_000_000L;
    private final UplinkCodec codec = new UplinkCodec(2000, 100);
    private final ParkWatchMetrics metrics = new ParkWatchMetrics();
    private final List<AppliedBatch> heard = new ArrayList<>();
    private LiveState live;
    private SeqHighWater seqs;
    private IngestPipeline pipeline;
    @TempDir Path dir;

    @BeforeEach
    void setUp() throws Exception {
        live = new LiveState(TestBackend.testPark(), 3, NOW);
        seqs = new SeqHighWater(dir.resolve(SeqHighWater.FILE_NAME));
        pipeline = new IngestPipeline(codec, live, seqs, metrics, () -> NOW);
        pipeline.addListener(heard::add);
    }

    @Test
    void appliesABatchAndTellsListeners() {
        assertEquals(
                APPLIED,
                accept("T01", "T01-B1", 1, s("T01.TK101.LT", 12.34), s("T01.SIS1.TRIP", true)));
        assertEquals(12.34, live.tag("T01.TK101.LT").value());
        assertEquals(Boolean.TRUE, live.tag("T01.SIS1.TRIP").value());
        assertEquals(NOW, live.tag("T01.TK101.LT").receivedMs());
        assertEquals(1, heard.size());
        assertEquals(2, heard.get(0).samples().size());
        assertEquals(2.0, metrics.samplesApplied());
    }

    @Test
    void batchWithSeqAtOrBelowTheHighWaterIsDroppedAndCounted() {
        accept("T01", "T01-B1", 5, s("T01.TK101.LT", 1.0));
        assertEquals(DUPLICATE, accept("T01", "T01-B1", 5, s("T01.TK101.LT", 99.0)));
        assertEquals(DUPLICATE, accept("T01", "T01-B1", 4, s("T01.TK101.LT", 98.0)));
        assertEquals(1.0, live.tag("T01.TK101.LT").value());
        assertEquals(2, live.feed("T01").duplicatesDropped());
        assertEquals(2.0, metrics.duplicatesDropped());
        assertEquals(
                APPLIED,
                accept("T01", "T01-B2", 1, s("T01.TK101.LT", 3.0)),
                "other bridge has its own seq");
    }

    @Test
    void aNewEpochIsAppliedAndCountedAndAFarJumpIsRefused() {
        // issue 19, D1: the old pipeline dropped every batch of a restarted sequence as a duplicate
        assertEquals(APPLIED, acceptEpoch("aaaa", 1978, 1.0));
        assertEquals(APPLIED, acceptEpoch("bbbb", 0, 2.0));
        assertEquals(2.0, live.tag("T01.TK101.LT").value());
        assertEquals(1.0, metrics.seqResets());
        assertEquals(1, live.feed("T01").seqResets());
        assertEquals(REJECTED, acceptEpoch("bbbb", 1_000_000, 3.0));
        assertEquals(1.0, metrics.uplinkRefused(IngestPipeline.SEQ_JUMP));
        assertEquals(2.0, live.tag("T01.TK101.LT").value(), "the refused batch is not applied");
        assertEquals(APPLIED, acceptEpoch("bbbb", 1, 4.0), "the mark was not poisoned");
    }

    private IngestPipeline.Outcome acceptEpoch(String epoch, long seq, double value) {
        return pipeline.accept(
                UplinkTopics.samples("T01", "T01-B1"),
                codec.encode(
                        new UplinkBatch(
                                "T01",
                                "T01-B1",
                                seq,
                                NOW - 5,
                                List.of(
                                        new Sample(
                                                "T01.TK101.LT",
                                                value,
                                                NOW - 100 + (long) value,
                                                0)),
                                epoch)));
    }

    @Test
    void unknownTagIsSkippedWhileTheValidSamplesApply() {
        assertEquals(
                APPLIED,
                accept(
                        "T01",
                        "T01-B1",
                        1,
                        s("T01.TK101.LT", 4.0),
                        s("T01.NO.SUCH", 1.0),
                        s("T01.TK101.TT", 21.5)));
        assertEquals(4.0, live.tag("T01.TK101.LT").value());
        assertEquals(21.5, live.tag("T01.TK101.TT").value());
        FeedHealth f = live.feed("T01");
        assertEquals(1, f.unknownTags());
        assertEquals(List.of("T01.NO.SUCH"), f.unknownTagIds());
        assertEquals(
                List.of("T01.TK101.LT", "T01.TK101.TT"),
                heard.get(0).samples().stream().map(Sample::tagId).toList());
    }

    @Test
    void wrongValueTypeAndForeignTagAreSkippedIndividually() {
        accept(
                "T01",
                "T01-B1",
                1,
                s("T01.SIS1.TRIP", 1.0),
                s("T02.PV201.PT", 5.0),
                s("T01.TK101.LT", "high"),
                s("T01.TK101.TT", 30.0));
        assertNull(live.tag("T01.SIS1.TRIP").value(), "a number for a discrete tag is refused");
        assertNull(live.tag("T02.PV201.PT").value(), "T01's bridge may not write T02's tag");
        assertNull(live.tag("T01.TK101.LT").value());
        assertEquals(30.0, live.tag("T01.TK101.TT").value());
        assertEquals(3, live.bridge("T01", "T01-B1", NOW).rejectedSamples());
    }

    @Test
    void malformedOversizedAndMismatchedPayloadsAreRejectedWhole() {
        String topic = UplinkTopics.samples("T01", "T01-B1");
        assertEquals(
                REJECTED,
                pipeline.accept(topic, "{\"v\":1,\"samples\":[".getBytes(StandardCharsets.UTF_8)));
        assertEquals(REJECTED, pipeline.accept(topic, new byte[2001]));
        byte[] t02 =
                codec.encode(
                        new UplinkBatch("T02", "T02-B1", 1, NOW, List.of(s("T02.PV201.PT", 1.0))));
        assertEquals(REJECTED, pipeline.accept(topic, t02), "payload of T02 on T01's topic");
        assertEquals(
                REJECTED,
                pipeline.accept("parkwatch/v1/ZZ/ZZ-B1/samples", t02),
                "enterprise not in park");
        assertEquals(REJECTED, pipeline.accept("other/topic", t02));
        assertEquals(5.0, metrics.decodeErrors());
        assertNull(live.tag("T02.PV201.PT").value());
        assertEquals(
                APPLIED,
                accept("T01", "T01-B1", 1, s("T01.TK101.LT", 7.0)),
                "still accepting good input");
    }

    @Test
    void statusMessagesSetTheBridgeState() {
        String topic = UplinkTopics.status("T02", "T02-B1");
        assertEquals(
                STATUS,
                pipeline.accept(
                        topic,
                        codec.encodeStatus(new FeedStatus("T02", "T02-B1", "online", NOW, 1, 1))));
        assertEquals("online", live.bridge("T02", "T02-B1", NOW).state());
        pipeline.accept(
                topic, codec.encodeStatus(new FeedStatus("T02", "T02-B1", "lost", NOW, 0, 1)));
        assertEquals("lost", live.bridge("T02", "T02-B1", NOW).state());
        assertEquals(FeedHealth.Health.DOWN, live.feed("T02").health());
    }

    @Test
    void seqMarksSurviveWriteAndReload() throws Exception {
        accept("T01", "T01-B1", 41, s("T01.TK101.LT", 1.0));
        String snap = seqs.takeSnapshotIfDirty();
        assertEquals("{\"T01/T01-B1\":41}", snap);
        assertNull(seqs.takeSnapshotIfDirty(), "nothing changed since");
        seqs.write(snap);
        SeqHighWater reloaded = new SeqHighWater(dir.resolve(SeqHighWater.FILE_NAME));
        assertEquals(41, reloaded.get("T01/T01-B1"));
        assertEquals(-1, reloaded.get("T01/T01-B9"));
        assertFalse(live.tag("T01.TK101.LT").stale());
        assertTrue(live.tag("T01.TK101.TT").stale());
    }

    private IngestPipeline.Outcome accept(String e, String b, long seq, Sample... samples) {
        return pipeline.accept(
                UplinkTopics.samples(e, b),
                codec.encode(new UplinkBatch(e, b, seq, NOW - 5, List.of(samples))));
    }

    private static Sample s(String tagId, Object value) {
        return new Sample(tagId, value, NOW - 10, 0);
    }
}
