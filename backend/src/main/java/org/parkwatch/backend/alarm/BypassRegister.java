package org.parkwatch.backend.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The SIS bypass register (issue 5, scope 4): every active bypass from the sis-bypass tags with its
 * start and duration, the work permits that authorise them (once the park approved them), and the
 * resulting alarm conditions — a bypass without a valid permit raises {@code <tag>.NOPERMIT}
 * (high), one that outlives its permit raises {@code <tag>.PERMIT_EXPIRED} (critical). Pure and
 * single-threaded; time comes from the caller.
 */
public final class BypassRegister {
    private final Map<String, TagDefinition> bypassTags = new LinkedHashMap<>();
    private final Set<String> sisIds = new HashSet<>();
    private final Map<String, Long> activeSince = new LinkedHashMap<>();
    private final Map<String, WorkPermit> permits = new LinkedHashMap<>();
    private final Set<String> raised = new HashSet<>();

    public BypassRegister(Collection<TagDefinition> tags) {
        for (TagDefinition t : tags) {
            if (t.kind() == TagKind.SIS_BYPASS) {
                bypassTags.put(t.id(), t);
                sisIds.add(sisIdOf(t.id()));
            }
        }
    }

    public static BypassRegister from(ParkCatalog catalog) {
        return new BypassRegister(catalog.allTags());
    }

    /**
     * The SIS a bypass tag belongs to: the tag id without its last segment, {@code E01.SIS1.BYP →
     * E01.SIS1}.
     */
    public static String sisIdOf(String bypassTagId) {
        int dot = bypassTagId.lastIndexOf('.');
        return dot < 0 ? bypassTagId : bypassTagId.substring(0, dot);
    }

    /** A sample of a sis-bypass tag; other tags are ignored. */
    public void onBypass(String tagId, boolean active, long atMs) {
        if (!bypassTags.containsKey(tagId)) return;
        if (active) activeSince.putIfAbsent(tagId, atMs);
        else activeSince.remove(tagId);
    }

    /**
     * Problems with a permit as entered; empty when it can be registered.
     *
     * @param maxValidityMs the longest validity a permit may have (configuration), ms
     */
    public List<String> validate(WorkPermit p, long nowMs, long maxValidityMs) {
        List<String> problems = new ArrayList<>();
        if (p.number() == null || p.number().isBlank()) problems.add("number: missing");
        else if (permits.containsKey(p.number()))
            problems.add("number: permit " + p.number() + " is already registered");
        if (p.scope().isEmpty()) {
            problems.add("scope: empty; name bypass tags (E01.SIS1.BYP) or SIS ids (E01.SIS1)");
        }
        for (int i = 0; i < p.scope().size(); i++) {
            String s = p.scope().get(i);
            if (!bypassTags.containsKey(s) && !sisIds.contains(s)) {
                problems.add(
                        "scope[" + i + "]: '" + s + "' is not an SIS or bypass tag of the park");
            }
        }
        if (p.validToMs() <= p.validFromMs()) {
            problems.add(
                    "validTo ("
                            + Instant.ofEpochMilli(p.validToMs())
                            + ") must be after validFrom ("
                            + Instant.ofEpochMilli(p.validFromMs())
                            + ")");
        } else if (p.validToMs() <= nowMs) {
            problems.add("validTo (" + Instant.ofEpochMilli(p.validToMs()) + ") is already past");
        } else if (p.validToMs() - p.validFromMs() > maxValidityMs) {
            problems.add(
                    "validTo: a permit may be valid for at most "
                            + maxValidityMs / 3_600_000.0
                            + " h, this one "
                            + "for "
                            + (p.validToMs() - p.validFromMs()) / 3_600_000.0
                            + " h (许可有效期超过上限)");
        }
        if (p.enteredBy() == null || p.enteredBy().isBlank()) problems.add("enteredBy: missing");
        return problems;
    }

    /** Registers a permit if it is valid; returns the problems otherwise (nothing registered). */
    public List<String> addPermit(WorkPermit p, long nowMs, long maxValidityMs) {
        List<String> problems = validate(p, nowMs, maxValidityMs);
        if (problems.isEmpty()) permits.put(p.number(), p);
        return problems;
    }

    /** The registered permit with this number, or null. */
    public WorkPermit permit(String number) {
        return permits.get(number);
    }

    /**
     * Marks a requested permit approved; @return the approved permit, or null when the number is
     * unknown
     */
    public WorkPermit approve(String number, String user, long nowMs) {
        WorkPermit p = permits.get(number);
        if (p == null) return null;
        WorkPermit approved = p.approved() ? p : p.approve(user, nowMs);
        permits.put(number, approved);
        return approved;
    }

    /**
     * Re-registers a permit loaded from the database after a restart (no validation: it was valid
     * when entered).
     */
    public void restorePermit(WorkPermit p) {
        permits.put(p.number(), p);
    }

    public List<WorkPermit> permits() {
        return List.copyOf(permits.values());
    }

    /** Every active bypass with its verdict at {@code nowMs}, in tag-list order. */
    public List<BypassStatus> evaluate(long nowMs) {
        List<BypassStatus> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : activeSince.entrySet())
            out.add(status(e.getKey(), e.getValue(), nowMs));
        return out;
    }

    /**
     * Alarm conditions that changed since the previous call: {@code <tag>.NOPERMIT} and {@code
     * <tag>.PERMIT_EXPIRED} becoming active or clearing, to feed {@link AlarmManager#setCondition}.
     */
    public List<ConditionChange> changes(long nowMs) {
        Set<String> wanted = new HashSet<>();
        for (BypassStatus s : evaluate(nowMs)) {
            if (s.verdict() == BypassStatus.Verdict.NO_PERMIT) {
                wanted.add(AlarmDefinition.idFor(s.bypassTagId(), AlarmType.BYPASS_NO_PERMIT));
            } else if (s.verdict() == BypassStatus.Verdict.PERMIT_EXPIRED) {
                wanted.add(AlarmDefinition.idFor(s.bypassTagId(), AlarmType.BYPASS_PERMIT_EXPIRED));
            }
        }
        List<ConditionChange> out = new ArrayList<>();
        for (String id : List.copyOf(raised)) {
            if (!wanted.contains(id)) {
                raised.remove(id);
                out.add(new ConditionChange(id, false, Double.NaN, nowMs));
            }
        }
        for (String id : wanted) {
            if (raised.add(id)) out.add(new ConditionChange(id, true, Double.NaN, nowMs));
        }
        out.sort((a, b) -> a.alarmId().compareTo(b.alarmId()));
        return out;
    }

    private BypassStatus status(String tagId, long since, long nowMs) {
        TagDefinition t = bypassTags.get(tagId);
        String sis = sisIdOf(tagId);
        WorkPermit valid = null;
        WorkPermit outlived = null;
        for (WorkPermit p : permits.values()) {
            if (p.covers(tagId, sis, nowMs)) valid = p;
            else if (p.names(tagId, sis) && p.validToMs() <= nowMs && p.validToMs() > since)
                outlived = p;
        }
        BypassStatus.Verdict v =
                valid != null
                        ? BypassStatus.Verdict.COVERED
                        : outlived != null
                                ? BypassStatus.Verdict.PERMIT_EXPIRED
                                : BypassStatus.Verdict.NO_PERMIT;
        WorkPermit shown = valid != null ? valid : outlived;
        return new BypassStatus(
                tagId,
                sis,
                t.enterpriseId(),
                t.featureId(),
                since,
                nowMs - since,
                shown == null ? null : shown.number(),
                v);
    }
}
