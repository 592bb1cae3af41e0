package org.parkwatch.backend.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;

class LiveStateTest {
    private static final long T0 = 1_764_300_000_000L;
    private final LiveState live = new LiveState(TestBackend.testPark(), 3, T0);

    @Test
    void tagIsStaleBeforeFirstValueAndAfterThreeSamplingPeriods() {
        int lt = live.index().indexOf("T01.TK101.LT"); // samplingMs 1000
        assertTrue(live.tag(lt).stale());
        live.apply(lt, new Sample("T01.TK101.LT", 12.5, T0 - 20, 0), T0);
        assertFalse(live.tag(lt).stale());
        live.checkStale(T0 + 3000);
        assertFalse(live.tag(lt).stale(), "exactly 3 x 1000 ms is not yet stale");
        assertEquals(1, live.checkStale(T0 + 3001));
        assertTrue(live.tag(lt).stale());
    }

    @Test
    void refreshedSampleKeepsAQuietTagFreshWithoutCountingAsNewData() {
        LiveState refreshed = new LiveState(TestBackend.testPark(), 3, 30_000, T0);
        int trip = refreshed.index().indexOf("T01.SIS1.TRIP"); // samplingMs 200
        Sample off = new Sample("T01.SIS1.TRIP", false, T0, 0);
        assertTrue(refreshed.apply(trip, off, T0));
        refreshed.checkStale(T0 + 59_999);
        assertFalse(refreshed.tag(trip).stale(), "not stale before 2 x the 30 s refresh period");
        assertFalse(
                refreshed.apply(trip, off, T0 + 30_000),
                "the same sample again is a refresh, not new data");
        refreshed.checkStale(T0 + 60_001);
        assertFalse(refreshed.tag(trip).stale(), "the refresh proved the tag alive");
        assertEquals(1, refreshed.checkStale(T0 + 90_001));
        assertTrue(refreshed.tag(trip).stale());
    }

    @Test
    void lateSampleDoesNotTurnTheLiveValueBack() {
        int lt = live.index().indexOf("T01.TK101.LT");
        live.apply(lt, new Sample("T01.TK101.LT", 5.0, T0, 0), T0);
        assertTrue(
                live.apply(lt, new Sample("T01.TK101.LT", 4.0, T0 - 500, 0), T0 + 10),
                "still data for history");
        assertEquals(5.0, live.tag(lt).value());
    }

    @Test
    void qualityFollowsTheStatusCodeSeverityBits() {
        assertEquals(Quality.GOOD, Quality.of(0));
        assertEquals(Quality.UNCERTAIN, Quality.of(0x40000000L));
        assertEquals(Quality.BAD, Quality.of(Sample.BAD_NO_COMMUNICATION));
        int pt = live.index().indexOf("T02.PV201.PT");
        assertEquals(Quality.BAD, live.tag(pt).quality(), "no value yet");
        live.apply(pt, new Sample("T02.PV201.PT", 812.0, T0, 0x40000000L), T0);
        assertEquals(Quality.UNCERTAIN, live.tag(pt).quality());
    }

    @Test
    void aSecondBridgeThatOwnsNoTagDoesNotDegradeTheFeedButTheOwnerDoes() {
        FeedHealth t02 = live.feed("T02");
        BridgeHealth owner = live.bridge("T02", "T02-B1", T0);
        BridgeHealth second = live.bridge("T02", "T02-B2", T0);
        live.status(owner, FeedStatus.ONLINE, T0);
        live.status(second, FeedStatus.ONLINE, T0);
        apply("T02.GD201.CONC", 3.0, T0);
        apply("T02.PV201.PT", 800.0, T0);
        live.status(second, FeedStatus.OFFLINE, T0 + 10);
        // no ownership recorded: the second bridge may deliver any tag, so its absence degrades
        assertEquals(FeedHealth.Health.DEGRADED, t02.health(T0 + 10));

        live.tagOwners(tag -> tag.startsWith("T02.") ? "T02-B1" : null);
        assertFalse(t02.carriesTags("T02-B2"));
        assertTrue(t02.carriesTags("T02-B1"));
        assertEquals(FeedHealth.Health.OK, t02.health(T0 + 10), "B2 owns nothing of T02");
        // the owner away while the second is online: the feed is down, not kept up by B2
        live.status(second, FeedStatus.ONLINE, T0 + 20);
        live.status(owner, FeedStatus.LOST, T0 + 20);
        assertEquals(FeedHealth.Health.DOWN, t02.health(T0 + 20));
        assertTrue(t02.lost(T0 + 20));
    }

    @Test
    void feedIsDownWithoutBridgeDegradedWithStaleTagsOkWhenAllFresh() {
        FeedHealth t02 = live.feed("T02");
        assertEquals(FeedHealth.Health.DOWN, t02.health());
        BridgeHealth b = live.bridge("T02", "T02-B1", T0);
        live.status(b, FeedStatus.ONLINE, T0);
        assertEquals(FeedHealth.Health.DEGRADED, t02.health(), "2 tags without values are stale");
        apply("T02.GD201.CONC", 3.0, T0);
        apply("T02.PV201.PT", 800.0, T0);
        assertEquals(FeedHealth.Health.OK, t02.health());
        live.status(b, FeedStatus.LOST, T0 + 10);
        assertEquals(FeedHealth.Health.DOWN, t02.health());
        assertEquals("lost", b.state());
    }

    @Test
    void dirtyListCoalescesRepeatedUpdatesOfATag() {
        apply("T01.TK101.LT", 1.0, T0);
        apply("T01.TK101.LT", 2.0, T0 + 1);
        apply("T01.TK101.TT", 20.0, T0 + 1);
        List<String> drained = new ArrayList<>();
        live.drainDirty(i -> drained.add(live.tag(i).definition().id()));
        assertEquals(List.of("T01.TK101.LT", "T01.TK101.TT"), drained);
        assertEquals(1, live.takeCoalesced());
        assertEquals(2.0, live.tag("T01.TK101.LT").value());
        assertEquals(0, live.drainDirty(i -> {}));
    }

    @Test
    void batchRecordsLagSeqGapsAndUnknownTags() {
        BridgeHealth b = live.bridge("T01", "T01-B1", T0);
        live.batchApplied(b, 7, 3, T0 - 150, T0);
        live.batchApplied(b, 10, 3, T0 + 850, T0 + 1000);
        assertEquals(10, b.lastSeq());
        assertEquals(150, b.lagMs());
        assertEquals(2, b.gaps());
        assertEquals("online", b.state());
        live.unknownTag("T01", "T01.NOPE");
        live.unknownTag("T01", "T01.NOPE");
        assertEquals(2, live.feed("T01").unknownTags());
        assertEquals(List.of("T01.NOPE"), live.feed("T01").unknownTagIds());
        assertNull(live.bridge("T09", "x", T0));
    }

    @Test
    void rateMeterIsSeededByTheFirstIntervalThenAveragesOverAMinute() {
        RateMeter r = new RateMeter(T0);
        r.add(5000);
        r.tick(T0 + 1000);
        assertEquals(5000, r.perSecond(), 1e-9);
        r.tick(T0 + 61_000); // a silent minute: decays by e^-1
        assertEquals(5000 * Math.exp(-1), r.perSecond(), 1e-6);
    }

    private void apply(String tagId, double v, long now) {
        live.apply(live.index().indexOf(tagId), new Sample(tagId, v, now, 0), now);
    }
}
