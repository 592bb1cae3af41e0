package org.parkwatch.backend.alarm.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagState;

/**
 * Turns live state's verdicts on feeds and tags into alarm conditions (issue 19, D6: ISA-18.2
 * first-out and suppression by design). One alarm per feed and cause: FEED_LOST (whatever the
 * cause: bridge killed, orderly stop, OPC UA servers down, a restart with no bridge coming back),
 * FEED_FROZEN, SEQ_RESET and IMPLAUSIBLE. While a feed is lost its tags' STALE and BAD_QUALITY
 * alarms are suppressed by design; when it recovers they return to normal silently, and a tag's
 * stale verdict is held for two refresh periods so the returning bridge can re-send its values
 * before a still-stale tag is announced. Runs on the ingest context with the {@link AlarmService}.
 */
final class FeedAlarms {
    /** An IMPLAUSIBLE alarm stays active this long after the feed's last quarantined sample, ms. */
    static final long IMPLAUSIBLE_HOLD_MS = 60_000;

    private final AlarmManager manager;
    private final LiveState live;
    private final Map<String, Boolean> staleSeen = new HashMap<>();
    private final Map<String, Boolean> lostSeen = new HashMap<>();
    private final Map<String, Long> recoveredMs = new HashMap<>();
    private final Map<String, Long> seqResetsSeen = new HashMap<>();
    private final Set<String> seqResetRaised = new HashSet<>();
    private final Map<String, Boolean> conditionSeen = new HashMap<>();

    FeedAlarms(AlarmManager manager, LiveState live) {
        this.manager = manager;
        this.live = live;
    }

    /**
     * Periodic verdicts: feeds first (so a lost feed suppresses before its tags are judged), then
     * stale tags.
     */
    void tick(long nowMs) {
        for (FeedHealth f : live.feeds()) {
            lost(f, nowMs);
            seqReset(f, nowMs);
            condition(f.enterpriseId(), AlarmType.FEED_FROZEN, f.frozen(nowMs), nowMs);
            condition(
                    f.enterpriseId(),
                    AlarmType.IMPLAUSIBLE,
                    f.lastQuarantineMs() > 0 && nowMs - f.lastQuarantineMs() < IMPLAUSIBLE_HOLD_MS,
                    nowMs);
        }
        long hold = 2 * live.refreshMs();
        for (int i = 0; i < live.size(); i++) {
            TagState t = live.tag(i);
            String enterprise = t.definition().enterpriseId();
            Long recovered = recoveredMs.get(enterprise);
            boolean stale = t.hasValue() && t.stale();
            if (stale && recovered != null && nowMs - recovered < hold)
                continue; // the bridge is re-sending
            Boolean before = staleSeen.put(t.definition().id(), stale);
            if (before == null ? stale : before != stale)
                manager.setStale(t.definition().id(), stale, nowMs);
        }
    }

    /**
     * Before a batch's samples reach the alarms: its feed's lost verdict, so Bad_NoCommunication
     * samples flood nothing.
     */
    void beforeBatch(String enterpriseId, long nowMs) {
        FeedHealth f = live.feed(enterpriseId);
        if (f != null) lost(f, nowMs);
    }

    private void lost(FeedHealth f, long nowMs) {
        boolean lost = f.lost(nowMs);
        Boolean before = lostSeen.put(f.enterpriseId(), lost);
        if (before == null ? !lost : before == lost) return;
        if (!lost) {
            // back: the suppressed stale verdicts of its tags are forgotten, so they return to
            // normal silently
            recoveredMs.put(f.enterpriseId(), nowMs);
            for (int i = 0; i < live.size(); i++) {
                TagState t = live.tag(i);
                if (f.enterpriseId().equals(t.definition().enterpriseId()))
                    staleSeen.put(t.definition().id(), false);
            }
        }
        manager.setFeedLost(f.enterpriseId(), lost, nowMs);
    }

    /**
     * A new sequence epoch: SEQ_RESET is raised for one tick and returns, waiting for an
     * acknowledgement.
     */
    private void seqReset(FeedHealth f, long nowMs) {
        String id = f.enterpriseId() + "." + AlarmType.SEQ_RESET.suffix();
        if (manager.definition(id).isEmpty()) return;
        long resets = f.seqResets();
        long seen = seqResetsSeen.getOrDefault(f.enterpriseId(), 0L);
        seqResetsSeen.put(f.enterpriseId(), resets);
        if (resets > seen) {
            manager.setCondition(id, true, resets, nowMs);
            seqResetRaised.add(id);
        } else if (seqResetRaised.remove(id)) {
            manager.setCondition(id, false, resets, nowMs);
        }
    }

    private void condition(String enterpriseId, AlarmType type, boolean active, long nowMs) {
        String id = enterpriseId + "." + type.suffix();
        if (manager.definition(id).isEmpty()) return;
        Boolean before = conditionSeen.put(id, active);
        if (before == null ? active : before != active)
            manager.setCondition(id, active, Double.NaN, nowMs);
    }
}
