package org.parkwatch.backend.alarm;

import java.util.Arrays;

/**
 * What an alarm definition watches. The id suffix forms the alarm id: {@code <tagId>.<suffix>},
 * e.g. {@code E01.TK201.LT.HH}; a feed-level alarm is {@code <enterpriseId>.<suffix>}, e.g. {@code
 * E01.FEED_LOST}.
 */
public enum AlarmType {
    /** Value at or above the limit. */
    HH("HH", true),
    H("H", true),
    /** Value at or below the limit. */
    L("L", false),
    LL("LL", false),
    /** Rate of change, units per minute, in either direction, at or above the limit. */
    ROC("ROC", true),
    /** |value − setpoint tag's value| at or above the band. */
    DEVIATION("DEV", true),
    /** A boolean tag in its active state (SIS trip, bypass active, detector fault). */
    DISCRETE("ST", true),
    /** The tag's OPC UA status is bad. */
    BAD_QUALITY("BADQ", true),
    /** No sample within the tag's stale period (reported by live state). */
    STALE("STALE", true),
    /** The enterprise's bridge feed is lost (reported by live state). */
    FEED_LOST("FEED_LOST", true),
    /**
     * The feed is connected but its source timestamps stopped advancing: a frozen DCS (reported by
     * live state).
     */
    FEED_FROZEN("FEED_FROZEN", true),
    /**
     * A bridge's batch sequence restarted in a new epoch (its spool was lost; reported by ingest).
     */
    SEQ_RESET("SEQ_RESET", true),
    /**
     * Samples of the feed were quarantined as implausible (time far off, value far out of range; by
     * ingest).
     */
    IMPLAUSIBLE("IMPLAUSIBLE", true),
    /** An SIS bypass is active without a valid work permit (reported by {@link BypassRegister}). */
    BYPASS_NO_PERMIT("NOPERMIT", true),
    /** An SIS bypass has outlived its work permit (reported by {@link BypassRegister}). */
    BYPASS_PERMIT_EXPIRED("PERMIT_EXPIRED", true),
    /**
     * An environmental limit exceeded on its averaging period (hourly, 8-hour rolling O₃, daily,
     * grab; issue 17, decided by the environment capability). Id {@code <tagId>.ENV.<limitId>}.
     */
    ENV_LIMIT("ENV", true),
    /**
     * A hazmat truck serving the enterprise left its waybill's permitted route (issue 16; decided
     * by the logistics capability). Id {@code <enterpriseId>.TRUCK_OFFROUTE}; the journal comment
     * names the truck.
     */
    TRUCK_OFF_ROUTE("TRUCK_OFFROUTE", true),
    /** A hazmat truck serving the enterprise is speeding (issue 16). */
    TRUCK_SPEEDING("TRUCK_SPEEDING", true),
    /** A hazmat truck serving the enterprise stands outside a permitted place (issue 16). */
    TRUCK_STOPPED("TRUCK_STOPPED", true),
    /**
     * A hazmat truck serving the enterprise entered a road closed to hazardous goods (issue 16).
     */
    TRUCK_CLOSED_ROAD("TRUCK_CLOSEDROAD", true),
    /**
     * A hazmat truck has stayed in the park's hazmat parking lot longer than allowed (issue 16,
     * decided by the logistics capability). Id {@code <lotFeatureId>.OVERSTAY}.
     */
    PARKING_OVERSTAY("OVERSTAY", true),
    /**
     * A truck was loaded without the five pre-loading checks (充装前查验; issue 16, decided by the
     * logistics capability). Id {@code <enterpriseId>.LOADING_UNCHECKED}.
     */
    LOADING_UNCHECKED("LOADING_UNCHECKED", true),
    /**
     * The enterprise has a hidden danger (隐患) past its rectification deadline (issue 15, decided by
     * the dual-prevention capability). Id {@code <enterpriseId>.HD_OVERDUE}; the journal comment
     * names the hidden dangers.
     */
    HIDDEN_DANGER_OVERDUE("HD_OVERDUE", true),
    /**
     * A major hidden danger (重大隐患) of any enterprise is past its rectification deadline: the
     * escalation to the park (issue 15). Park-level, id {@code PARK.HD_MAJOR_OVERDUE}.
     */
    MAJOR_HIDDEN_DANGER_OVERDUE("HD_MAJOR_OVERDUE", true),
    /**
     * The enterprise has not declared its daily safety commitment (安全承诺公告) by the configured hour
     * (issue 15; decided by the safety-duty capability). Id {@code <enterpriseId>.COMMITMENT}.
     */
    COMMITMENT_MISSING("COMMITMENT", true),
    /**
     * A gas detector of the park alarms within the configured distance of the enterprise's active
     * hot work or confined-space work (issue 15, decided by the work-permit capability). Id {@code
     * <enterpriseId>.WP_GAS_NEAR}; the journal comment names the permit, the detector and the
     * camera.
     */
    WORK_PERMIT_GAS_NEAR("WP_GAS_NEAR", true),
    /** Special work of the enterprise in progress outside its permit's time window (issue 15). */
    WORK_PERMIT_OUTSIDE_WINDOW("WP_WINDOW", true),
    /**
     * Hot work or confined-space work of the enterprise in progress without a valid gas analysis
     * (issue 15).
     */
    WORK_PERMIT_NO_GAS_ANALYSIS("WP_NO_GAS", true);

    private final String suffix;
    private final boolean high;

    AlarmType(String suffix, boolean high) {
        this.suffix = suffix;
        this.high = high;
    }

    public String suffix() {
        return suffix;
    }

    /** True when the alarm is active above its limit, false for low limits (L, LL). */
    public boolean isHighSide() {
        return high;
    }

    /** True for absolute limits (HH/H/L/LL). */
    public boolean isAbsoluteLimit() {
        return this == HH || this == H || this == L || this == LL;
    }

    /**
     * True for conditions decided outside the evaluator's sample path (quality, stale, feed, bypass
     * register).
     */
    public boolean isExternal() {
        return this == BAD_QUALITY
                || this == STALE
                || this == ENV_LIMIT
                || isTruck()
                || this == PARKING_OVERSTAY
                || this == LOADING_UNCHECKED
                || this == HIDDEN_DANGER_OVERDUE
                || this == MAJOR_HIDDEN_DANGER_OVERDUE
                || this == COMMITMENT_MISSING
                || isWorkPermit()
                || isFeedLevel()
                || this == BYPASS_NO_PERMIT
                || this == BYPASS_PERMIT_EXPIRED;
    }

    /** True for the hazmat-truck alarms of an enterprise (issue 16). */
    public boolean isTruck() {
        return this == TRUCK_OFF_ROUTE
                || this == TRUCK_SPEEDING
                || this == TRUCK_STOPPED
                || this == TRUCK_CLOSED_ROAD;
    }

    /**
     * True for alarms of an enterprise, not of a tag (id {@code <enterpriseId>.<suffix>}): its
     * feed's, its hazmat trucks' and its loadings without the pre-loading check.
     */
    public boolean isEnterpriseLevel() {
        return isFeedLevel()
                || isTruck()
                || this == LOADING_UNCHECKED
                || this == HIDDEN_DANGER_OVERDUE
                || this == COMMITMENT_MISSING
                || isWorkPermit();
    }

    /** True for the special-work-permit cross-check alarms of an enterprise (issue 15). */
    public boolean isWorkPermit() {
        return this == WORK_PERMIT_GAS_NEAR
                || this == WORK_PERMIT_OUTSIDE_WINDOW
                || this == WORK_PERMIT_NO_GAS_ANALYSIS;
    }

    /**
     * True for alarms that watch no tag: an enterprise's (feed, trucks, loading) and the hazmat
     * parking lot's overstay (id {@code <lotFeatureId>.OVERSTAY}).
     */
    public boolean isTagless() {
        return isEnterpriseLevel()
                || this == PARKING_OVERSTAY
                || this == MAJOR_HIDDEN_DANGER_OVERDUE;
    }

    /** True for alarms on an enterprise feed, not on a tag (id {@code <enterpriseId>.<suffix>}). */
    public boolean isFeedLevel() {
        return this == FEED_LOST || this == FEED_FROZEN || this == SEQ_RESET || this == IMPLAUSIBLE;
    }

    /** Parses the enum name or the suffix, e.g. {@code HH}, {@code DEVIATION}, {@code DEV}. */
    public static AlarmType of(String s) {
        for (AlarmType t : values())
            if (t.name().equalsIgnoreCase(s) || t.suffix.equalsIgnoreCase(s)) return t;
        throw new IllegalArgumentException(
                "unknown alarm type '"
                        + s
                        + "'; expected one of "
                        + Arrays.stream(values()).map(Enum::name).toList());
    }
}
