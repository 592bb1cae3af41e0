package org.parkwatch.backend.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.uplink.Sample;

/**
 * The uplink health of one enterprise: its bridges, its tags' staleness and quality, rejected
 * input.
 */
public final class FeedHealth {
    /** How many distinct unknown tag ids are remembered per enterprise for /api/feeds. */
    public static final int MAX_UNKNOWN_IDS = 100;

    public enum Health {
        OK("ok"),
        DEGRADED("degraded"),
        FROZEN("frozen"),
        DOWN("down");
        private final String id;

        Health(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final EnterpriseInfo enterprise;
    private final TagState[] tags;
    private final Map<String, BridgeHealth> bridges = new LinkedHashMap<>();
    private final Set<String> unknownTagIds = new LinkedHashSet<>();

    /**
     * The bridge that owns a tag id, or null when no bridge owns it (see {@code
     * ingest.TagOwnership}); set by {@link LiveState#tagOwners}. By default nobody owns anything.
     */
    Function<String, String> ownerOfTag = id -> null;

    long unknownTags;
    long quarantined;

    /**
     * Receive time of the last sample whose source time advanced past its tag's previous one; 0 =
     * none yet.
     */
    long lastSourceAdvanceMs;

    /**
     * How long the source times may stand still while batches arrive before the feed is frozen, ms;
     * 0 = never.
     */
    long frozenAfterMs;

    /**
     * How long a bridge expected from before a restart may take to reconnect before the feed is
     * lost, ms.
     */
    long expectGraceMs;

    /** The frozen verdict at the last stale check (to announce a change). */
    boolean frozenSeen;

    long lastQuarantineMs;
    String lastQuarantineTag;
    String lastQuarantineReason;

    FeedHealth(EnterpriseInfo enterprise, List<TagState> tags) {
        this.enterprise = enterprise;
        this.tags = tags.toArray(new TagState[0]);
    }

    public String enterpriseId() {
        return enterprise.id();
    }

    public EnterpriseInfo enterprise() {
        return enterprise;
    }

    public Collection<BridgeHealth> bridges() {
        return bridges.values();
    }

    BridgeHealth bridge(String bridgeId, long nowMs) {
        return bridges.computeIfAbsent(bridgeId, id -> new BridgeHealth(id, nowMs));
    }

    public BridgeHealth bridgeOrNull(String bridgeId) {
        return bridges.get(bridgeId);
    }

    TagState[] tagStates() {
        return tags;
    }

    public int tagCount() {
        return tags.length;
    }

    public int staleTags() {
        int n = 0;
        for (TagState t : tags) if (t.stale) n++;
        return n;
    }

    /** Tags whose last value has bad quality (tags without any value count as stale, not bad). */
    public int badTags() {
        int n = 0;
        for (TagState t : tags) if (t.hasValue() && t.quality() == Quality.BAD) n++;
        return n;
    }

    /** Samples skipped because their tag is not in the park's tag list. */
    public long unknownTags() {
        return unknownTags;
    }

    /** Up to {@link #MAX_UNKNOWN_IDS} distinct unknown tag ids, in order of first appearance. */
    public List<String> unknownTagIds() {
        return new ArrayList<>(unknownTagIds);
    }

    void unknownTag(String tagId) {
        unknownTags++;
        if (unknownTagIds.size() < MAX_UNKNOWN_IDS) unknownTagIds.add(tagId);
    }

    public long duplicatesDropped() {
        long n = 0;
        for (BridgeHealth b : bridges.values()) n += b.duplicatesDropped;
        return n;
    }

    /**
     * Samples quarantined as implausible (source time far off, value far out of range) since the
     * start.
     */
    public long quarantined() {
        return quarantined;
    }

    /** When the last sample was quarantined, epoch ms; 0 = never. */
    public long lastQuarantineMs() {
        return lastQuarantineMs;
    }

    /** The tag of the last quarantined sample, or null. */
    public String lastQuarantineTag() {
        return lastQuarantineTag;
    }

    /**
     * Why the last sample was quarantined: FUTURE_TIME, PAST_TIME or OUT_OF_RANGE; null when none
     * was.
     */
    public String lastQuarantineReason() {
        return lastQuarantineReason;
    }

    /** Sequence resets (new epochs) of all bridges since the backend started. */
    public long seqResets() {
        long n = 0;
        for (BridgeHealth b : bridges.values()) n += b.seqResets;
        return n;
    }

    /**
     * Receive time of the last sample that carried a newer source time than its tag had, epoch ms;
     * 0 = never.
     */
    public long lastSourceAdvanceMs() {
        return lastSourceAdvanceMs;
    }

    /**
     * Frozen (issue 19): a bridge is online and its batches (integrity refreshes) keep arriving,
     * but no tag's source timestamp advanced for {@code frozenAfterMs}: the DCS or its OPC UA
     * server stopped updating while the connection lives. Judged on source times, not receipt
     * times, which the refresh keeps moving. A lost feed is not frozen.
     */
    public boolean frozen(long nowMs) {
        if (frozenAfterMs <= 0
                || lastSourceAdvanceMs == 0
                || nowMs - lastSourceAdvanceMs <= frozenAfterMs) return false;
        if (lost(nowMs)) return false; // one alarm per feed: a lost feed is not also frozen
        for (BridgeHealth b : bridges.values()) {
            if (b.isOnline() && nowMs - b.lastBatchMs <= frozenAfterMs) return true;
        }
        return false;
    }

    /**
     * Lost (issue 19, D6), whatever the cause: no bridge online (last will, orderly stop, or a
     * bridge known from before a backend restart that did not come back within {@code
     * expectGraceMs}); or the online bridges report all their OPC UA servers down; or every tag
     * with a value reports Bad_NoCommunication. A feed never seen is not lost.
     */
    public boolean lost(long nowMs) {
        if (bridges.isEmpty()) return false;
        boolean anyOnline = false, anyServing = false;
        List<BridgeHealth> carriers = carriers();
        for (BridgeHealth b : carriers) {
            if (b.isOnline()) anyOnline = true;
            if (b.isServing()) anyServing = true;
        }
        if (!anyOnline) {
            for (BridgeHealth b : carriers) {
                if (BridgeHealth.UNKNOWN.equals(b.state) && nowMs - b.stateMs < expectGraceMs)
                    return false;
            }
            return true;
        }
        return !anyServing || noCommunication();
    }

    private boolean noCommunication() {
        int withValue = 0, noComm = 0;
        for (TagState t : tags) {
            if (!t.hasValue()) continue;
            withValue++;
            if (t.status == Sample.BAD_NO_COMMUNICATION) noComm++;
        }
        return withValue > 0 && noComm == withValue;
    }

    /**
     * May this bridge deliver any of the enterprise's tags: it owns one, or one is owned by no
     * bridge? A second bridge that owns none (registered for a test, misconfigured) cannot change
     * the enterprise's data, so its being away does not degrade the enterprise's feed; it is shown
     * per bridge ({@code carriesTags: false} in {@code /api/feeds}).
     */
    public boolean carriesTags(String bridgeId) {
        for (TagState t : tags) {
            String owner = ownerOfTag.apply(t.definition().id());
            if (owner == null || owner.equals(bridgeId)) return true;
        }
        return tags.length == 0;
    }

    /** The bridges that carry tags ({@link #carriesTags}); all of them when none does. */
    private List<BridgeHealth> carriers() {
        List<BridgeHealth> out = new ArrayList<>();
        for (BridgeHealth b : bridges.values()) if (carriesTags(b.bridgeId())) out.add(b);
        return out.isEmpty() ? List.copyOf(bridges.values()) : out;
    }

    /**
     * down: no bridge online; degraded: a bridge lost or offline, or stale or bad tags; ok
     * otherwise. Only bridges that carry tags count.
     */
    public Health health() {
        return health(System.currentTimeMillis());
    }

    /**
     * down: no bridge online; frozen: see {@link #frozen}; degraded: a bridge away, stale or bad
     * tags; else ok. Only bridges that carry tags ({@link #carriesTags}) count.
     */
    public Health health(long nowMs) {
        boolean anyOnline = false, anyAway = false;
        for (BridgeHealth b : carriers()) {
            if (b.isOnline()) anyOnline = true;
            else anyAway = true;
        }
        if (!anyOnline || lost(nowMs)) return Health.DOWN;
        if (frozen(nowMs)) return Health.FROZEN;
        if (anyAway || staleTags() > 0 || badTags() > 0) return Health.DEGRADED;
        return Health.OK;
    }
}
