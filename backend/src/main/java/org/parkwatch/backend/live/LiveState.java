package org.parkwatch.backend.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;

/**
 * The park's live picture: the latest value of every tag and the health of every enterprise feed.
 * Single writer: every method runs on the backend's ingest context (an event loop), so the hot path
 * takes no locks and allocates nothing per sample. Changes are recorded in a dirty list that the
 * push hub drains each flush.
 */
public final class LiveState {
    private final TagIndex index;
    private final TagState[] tags;
    private final Map<String, FeedHealth> feeds = new LinkedHashMap<>();

    /** The feed of each tag by index (null for a tag of no enterprise feed). */
    private final FeedHealth[] feedOfTag;

    private final double staleFactor;
    private final long refreshMs;

    private long changeCounter;
    private final int[] dirty;
    private final boolean[] isDirty;
    private int dirtyCount;
    private long coalesced;
    private long feedsVersion;
    private long feedStateVersion;

    /**
     * @param staleFactor a tag is stale after staleFactor × its samplingMs without an update
     */
    public LiveState(ParkCatalog park, double staleFactor, long nowMs) {
        this(park, staleFactor, 0, nowMs);
    }

    /**
     * @param staleFactor a tag is stale after staleFactor × its samplingMs without an update
     * @param refreshMs the bridges' integrity refresh period; no tag is stale before 2 × refreshMs
     *     (0 = no refresh)
     */
    public LiveState(ParkCatalog park, double staleFactor, long refreshMs, long nowMs) {
        this.staleFactor = staleFactor;
        this.refreshMs = refreshMs;
        this.index = new TagIndex(park.allTags());
        this.tags = new TagState[index.size()];
        for (int i = 0; i < tags.length; i++) tags[i] = new TagState(index.definition(i), i);
        this.feedOfTag = new FeedHealth[tags.length];
        this.dirty = new int[tags.length];
        this.isDirty = new boolean[tags.length];
        for (EnterpriseInfo e : park.enterprises()) {
            if (park.tagsOf(e.id()).isEmpty()) continue;
            List<TagState> own = new ArrayList<>();
            for (TagDefinition d : park.tagsOf(e.id()).get().tags())
                own.add(tags[index.indexOf(d.id())]);
            FeedHealth feed = new FeedHealth(e, own);
            feed.frozenAfterMs = 2 * refreshMs; // two integrity refreshes with no newer source time
            feed.expectGraceMs =
                    refreshMs * 3 / 2; // FEED_LOST within 2 refreshes of a restart without bridges
            for (TagState t : own) feedOfTag[t.index()] = feed;
            feeds.put(e.id(), feed);
        }
    }

    public TagIndex index() {
        return index;
    }

    public int size() {
        return tags.length;
    }

    public TagState tag(int i) {
        return tags[i];
    }

    /** The state of a tag, or null when the park has no such tag. */
    public TagState tag(String tagId) {
        int i = index.indexOf(tagId);
        return i < 0 ? null : tags[i];
    }

    /**
     * Applies one sample of a known tag (index from {@link #index()}).
     *
     * @return false when the sample only repeats the tag's current one (same source time, status
     *     and value: a bridge's integrity refresh or a replayed sample), the last late sample
     *     applied (a refresh of a reading another source of the tag has moved past), or the reading
     *     the current one replaced (read back after a Bad_NoCommunication marker) — it then just
     *     proves the tag is alive and is no new data
     */
    public boolean apply(int i, Sample s, long receivedMs) {
        TagState t = tags[i];
        if (t.receivedMs > 0
                && t.sourceMs == s.sourceTimeMs()
                && t.status == s.status()
                && Objects.equals(t.value, s.value())) {
            t.receivedMs = receivedMs;
            if (t.stale) {
                t.stale = false;
                markChanged(t);
            }
            return false;
        }
        if (s.sourceTimeMs()
                < t.sourceMs) { // late sample (e.g. republished): data for history, not the live
            // value
            t.receivedMs = receivedMs;
            if (t.lateSourceMs == s.sourceTimeMs()
                    && t.lateStatus == s.status()
                    && Objects.equals(t.lateValue, s.value())) {
                // the same late reading again: the integrity refresh of a source that another
                // source of this tag has moved past (or a marker re-sent while its servers are
                // down) — already passed on once, so not stored twice (issue 19)
                return false;
            }
            if (t.prevSourceMs == s.sourceTimeMs()
                    && t.prevStatus == s.status()
                    && Objects.equals(t.prevValue, s.value())) {
                // the reading the live value replaced, again: a bridge's read-back after its
                // Bad_NoCommunication marker, of a value that has not changed in the server —
                // already passed on once (issue 19)
                return false;
            }
            t.lateSourceMs = s.sourceTimeMs();
            t.lateStatus = s.status();
            t.lateValue = s.value();
            return true;
        }
        if (s.sourceTimeMs() > t.sourceMs && feedOfTag[i] != null)
            feedOfTag[i].lastSourceAdvanceMs = receivedMs;
        if (t.receivedMs > 0) {
            t.prevValue = t.value;
            t.prevSourceMs = t.sourceMs;
            t.prevStatus = t.status;
        }
        t.value = s.value();
        t.sourceMs = s.sourceTimeMs();
        t.status = s.status();
        t.receivedMs = receivedMs;
        t.stale = false;
        markChanged(t);
        return true;
    }

    private void markChanged(TagState t) {
        t.changeSeq = ++changeCounter;
        int i = t.index();
        if (isDirty[i]) {
            coalesced++;
        } else {
            isDirty[i] = true;
            dirty[dirtyCount++] = i;
        }
    }

    /**
     * Marks tags stale that had no update within staleFactor × samplingMs.
     *
     * @return how many tags became stale
     */
    public int checkStale(long nowMs) {
        int n = 0;
        for (TagState t : tags) {
            if (t.stale) continue;
            if (nowMs - t.receivedMs
                    > Math.max(staleFactor * t.definition().samplingMs(), 2.0 * refreshMs)) {
                t.stale = true;
                markChanged(t);
                n++;
            }
        }
        for (FeedHealth f : feeds.values()) {
            boolean frozen = f.frozen(nowMs);
            if (frozen != f.frozenSeen) {
                f.frozenSeen = frozen;
                feedStateVersion++;
            }
        }
        if (n > 0) feedStateVersion++;
        return n;
    }

    /** Folds the last second into each bridge's rate; call about once a second. */
    public void tick(long nowMs) {
        for (FeedHealth f : feeds.values()) {
            for (BridgeHealth b : f.bridges()) b.rate().tick(nowMs);
        }
        feedsVersion++;
    }

    public FeedHealth feed(String enterpriseId) {
        return feeds.get(enterpriseId);
    }

    public Collection<FeedHealth> feeds() {
        return feeds.values();
    }

    /**
     * The bridge's health record, created on first sight; null when the enterprise is not in the
     * park.
     */
    public BridgeHealth bridge(String enterpriseId, String bridgeId, long nowMs) {
        FeedHealth f = feeds.get(enterpriseId);
        return f == null ? null : f.bridge(bridgeId, nowMs);
    }

    /**
     * Records an applied batch: bridge online, last seq, lag (receivedMs − newest source time),
     * rate.
     */
    public void batchApplied(
            BridgeHealth b, long seq, int samples, long newestSourceMs, long receivedMs) {
        if (!b.isOnline()) setState(b, FeedStatus.ONLINE, receivedMs);
        if (b.lastSeq >= 0 && seq > b.lastSeq + 1) b.gaps += seq - b.lastSeq - 1;
        b.lastSeq = seq;
        b.lastBatchMs = receivedMs;
        if (newestSourceMs > 0) b.lagMs = receivedMs - newestSourceMs;
        b.rate().add(samples);
        feedsVersion++;
    }

    /**
     * A batch of a new sequence epoch arrived: the bridge's spool was lost or replaced (issue 19,
     * D1).
     */
    public void seqReset(BridgeHealth b, long nowMs) {
        b.seqResets++;
        b.seqResetMs = nowMs;
        b.lastSeq = -1; // the new sequence is no gap after the old one
        feedsVersion++;
        feedStateVersion++;
    }

    public void duplicateDropped(BridgeHealth b) {
        b.duplicatesDropped++;
        feedsVersion++;
    }

    public void samplesRejected(BridgeHealth b, int n) {
        b.rejectedSamples += n;
    }

    /**
     * A sample of this enterprise was quarantined as implausible (issue 19, D3): counted on its
     * feed.
     */
    public void quarantined(String enterpriseId, String tagId, String reason, long nowMs) {
        FeedHealth f = feeds.get(enterpriseId);
        if (f == null) return;
        f.quarantined++;
        f.lastQuarantineMs = nowMs;
        f.lastQuarantineTag = tagId;
        f.lastQuarantineReason = reason;
        feedsVersion++;
    }

    public void unknownTag(String enterpriseId, String tagId) {
        FeedHealth f = feeds.get(enterpriseId);
        if (f != null) f.unknownTag(tagId);
    }

    /** A status message (birth, orderly stop or last will) of a bridge. */
    public void status(BridgeHealth b, String state, long nowMs) {
        status(b, state, -1, -1, nowMs);
    }

    /**
     * A status message with the bridge's OPC UA servers up / configured. When the feed is left
     * without an online bridge (a last will or an orderly stop), its tags turn stale at once:
     * nothing vouches for their values any more.
     */
    public void status(BridgeHealth b, String state, int serversUp, int servers, long nowMs) {
        b.serversUp = serversUp;
        b.servers = servers;
        setState(b, state, nowMs);
        if (b.isOnline()) return;
        for (FeedHealth f : feeds.values()) {
            if (f.bridgeOrNull(b.bridgeId()) != b) continue;
            for (BridgeHealth other : f.bridges()) if (other.isOnline()) return;
            for (TagState t : f.tagStates()) {
                if (!t.stale) {
                    t.stale = true;
                    markChanged(t);
                }
            }
        }
    }

    /**
     * A bridge known from before a restart (its sequence mark): the feed counts as lost when it has
     * not come back within 1.5 × the refresh period, so a restart with no bridge is alarmed, not
     * silent.
     */
    public void expectBridge(String enterpriseId, String bridgeId, long nowMs) {
        FeedHealth f = feeds.get(enterpriseId);
        if (f != null) f.bridge(bridgeId, nowMs).stateMs = nowMs;
    }

    /** The bridges' integrity refresh period, ms (0 = none). */
    /**
     * Tells every feed which bridge owns which tag ({@code ownerOfTag} answers null for a tag no
     * bridge owns), so a bridge that owns none of an enterprise's tags does not count in its
     * health.
     */
    public void tagOwners(java.util.function.Function<String, String> ownerOfTag) {
        for (FeedHealth f : feeds.values()) f.ownerOfTag = ownerOfTag;
    }

    public long refreshMs() {
        return refreshMs;
    }

    private void setState(BridgeHealth b, String state, long nowMs) {
        if (Objects.equals(b.state, state)) return;
        b.state = state;
        b.stateMs = nowMs;
        feedsVersion++;
        feedStateVersion++;
    }

    public long changeCounter() {
        return changeCounter;
    }

    /** Bumps on any feed change (every batch). */
    public long feedsVersion() {
        return feedsVersion;
    }

    /** Bumps only on changes a user should see at once: bridge state, tags turning stale. */
    public long feedStateVersion() {
        return feedStateVersion;
    }

    /**
     * Hands the tags changed since the last drain to the consumer (index order of first change) and
     * clears the list.
     */
    public int drainDirty(IntConsumer consumer) {
        int n = dirtyCount;
        for (int k = 0; k < n; k++) {
            int i = dirty[k];
            isDirty[i] = false;
            consumer.accept(i);
        }
        dirtyCount = 0;
        return n;
    }

    /** Updates superseded before a flush since the last call. */
    public long takeCoalesced() {
        long c = coalesced;
        coalesced = 0;
        return c;
    }
}
