package org.parkwatch.backend.history;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.SampleArrays;
import org.parkwatch.model.uplink.Sample;

/**
 * The samples of one tag in a sealed set, as primitive columns (issue 13): source times, value bits
 * and value kinds, with status codes and texts only when a sample of the set needs them; a slice
 * [from, to) of columns {@link OpenColumns#byTag} shares among all the set's tags. Reads as a list
 * of samples, each made on demand, so the commit and the queries take it as they took the list it
 * replaces. Read-only.
 */
final class TagColumns extends AbstractList<Sample> implements RandomAccess {
    private static final byte DOUBLE = ChunkCodec.KIND_DOUBLE,
            FALSE = ChunkCodec.KIND_FALSE,
            TRUE = ChunkCodec.KIND_TRUE,
            TEXT = ChunkCodec.KIND_TEXT;

    private final String tagId;
    private final long[] times;
    private final long[] bits;
    private final byte[] kinds;
    private final long[] status; // null while every status is 0 (Good)
    private final String[] texts; // null while no sample holds a text
    private final int from;
    private final int n;

    /** Positions [from, to) of the given columns, in the order the samples arrived. */
    TagColumns(
            String tagId,
            long[] times,
            long[] bits,
            byte[] kinds,
            long[] status,
            String[] texts,
            int from,
            int to) {
        this.tagId = tagId;
        this.times = times;
        this.bits = bits;
        this.kinds = kinds;
        this.status = status;
        this.texts = texts;
        this.from = from;
        this.n = to - from;
    }

    String tagId() {
        return tagId;
    }

    /** Source time of sample {@code i}, without making the sample. */
    long time(int i) {
        if (i < 0 || i >= n) throw new IndexOutOfBoundsException(i);
        return times[from + i];
    }

    @Override
    public Sample get(int index) {
        if (index < 0 || index >= n) throw new IndexOutOfBoundsException(index);
        int i = from + index;
        Object v =
                switch (kinds[i]) {
                    case DOUBLE -> Double.longBitsToDouble(bits[i]);
                    case FALSE -> Boolean.FALSE;
                    case TRUE -> Boolean.TRUE;
                    case TEXT -> texts[i];
                    default -> null;
                };
        return new Sample(tagId, v, times[i], status == null ? 0 : status[i]);
    }

    /**
     * The samples as columns sorted by source time (stable), one a timestamp: the one added last,
     * as {@link ChunkCodec#normalise} keeps. In the usual case (arrived in time order) these are
     * the columns themselves, not copied; otherwise sorted copies.
     */
    SampleArrays sorted() {
        int to = from + n;
        boolean inOrder = true;
        for (int i = from + 1; i < to && inOrder; i++) inOrder = times[i] > times[i - 1];
        if (inOrder) return new SampleArrays(times, kinds, bits, status, texts, from, to);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = from + i;
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b])); // stable
        int m = 0;
        for (int i = 0; i < n; i++) { // of equal times the last added stays
            if (m > 0 && times[order[m - 1]] == times[order[i]]) m--;
            order[m++] = order[i];
        }
        long[] t = new long[m], b = new long[m];
        byte[] k = new byte[m];
        long[] st = status == null ? null : new long[m];
        String[] tx = texts == null ? null : new String[m];
        for (int i = 0; i < m; i++) {
            int j = order[i];
            t[i] = times[j];
            b[i] = bits[j];
            k[i] = kinds[j];
            if (st != null) st[i] = status[j];
            if (tx != null) tx[i] = texts[j];
        }
        return new SampleArrays(t, k, b, st, tx, 0, m);
    }

    @Override
    public int size() {
        return n;
    }
}
