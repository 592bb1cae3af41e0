package org.parkwatch.backend.logistics;

import org.parkwatch.model.logistics.HazmatParking;

/** The limits hazmat logistics applies, each with its source and status ([U] = unverified). */
final class LogisticsLimits {
    /**
     * Longest stay of a hazmat truck in the park's hazmat parking lot before the overstay alarm,
     * ms: {@link HazmatParking#MAX_DWELL_MS} (4 h, its source there; the demo fleet file is checked
     * against the same figure).
     */
    static final long MAX_PARKING_DWELL_MS = HazmatParking.MAX_DWELL_MS;

    /**
     * How long a recorded pre-loading check (充装前查验) covers a loading of the same truck, ms: 2 h.
     * [U] The Henan plan (task 7) asks for the check before each loading without a period; 2 h lets
     * a check made at arrival cover a loading after a short queue.
     */
    static final long LOADING_CHECK_VALID_MS = 2 * 3_600_000L;

    /** How often the parking lot's dwell times are recomputed and pushed, ms. */
    static final long PARKING_TICK_MS = 10_000L;

    private LogisticsLimits() {}
}
