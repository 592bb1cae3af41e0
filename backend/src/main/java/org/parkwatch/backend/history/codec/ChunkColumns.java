package org.parkwatch.backend.history.codec;

import java.util.Arrays;
import org.parkwatch.model.uplink.Sample;

/**
 * A decoded chunk as parallel columns: strictly increasing source times (epoch ms), values ({@link
 * Double}, {@link Boolean}, {@link String} or null) and OPC UA status codes. The arrays are owned
 * by this object.
 */
public final class ChunkColumns {
    private final long[] times;
    private final Object[] values;
    private final long[] status;

    ChunkColumns(long[] times, Object[] values, long[] status) {
        this.times = times;
        this.values = values;
        this.status = status;
    }

    public int size() {
        return times.length;
    }

    public long time(int i) {
        return times[i];
    }

    public Object value(int i) {
        return values[i];
    }

    public long status(int i) {
        return status[i];
    }

    public Sample sample(String tagId, int i) {
        return new Sample(tagId, values[i], times[i], status[i]);
    }

    /** Index of the first sample at or after {@code timeMs} (size() when none). */
    public int firstAtOrAfter(long timeMs) {
        int i = Arrays.binarySearch(times, timeMs);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last sample at or before {@code timeMs}, or -1. */
    public int lastAtOrBefore(long timeMs) {
        int i = Arrays.binarySearch(times, timeMs);
        return i >= 0 ? i : -i - 2;
    }
}
