package org.parkwatch.model.logistics;

/**
 * The park's rule for its hazmat parking lot (危险化学品车辆专用停车场), shared by the platform's overstay
 * alarm and the demo fleet file's check.
 */
public final class HazmatParking {
    /**
     * Longest stay of a hazmat truck in the lot before the overstay alarm, minutes: 4 h. [U] No
     * national figure found; the MEM 2022 park guideline asks for a dedicated parking lot with
     * dwell monitoring but states no limit. A park sets its own rule; 4 h covers a wait for a
     * loading slot plus the driver's rest.
     */
    public static final int MAX_DWELL_MINUTES = 4 * 60;

    /** {@link #MAX_DWELL_MINUTES} in ms. */
    public static final long MAX_DWELL_MS = MAX_DWELL_MINUTES * 60_000L;

    private HazmatParking() {}
}
