package org.parkwatch.backend.history;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.SampleArrays;
import org.parkwatch.model.uplink.Sample;

/**
 * The open samples of one tag as primitive columns (issue 13): source times, value bits and value
 * kinds, with status codes and texts only once a sample needs them; about 17 bytes a sample instead
 * of a retained {@link Sample} and its boxed value (about 60 bytes, and objects the garbage
 * collector copies until the commit). Reads as a list of samples, each made on demand, so the
 * commit and the queries take it as they took the list it replaces. Not thread-safe (guarded by
 * {@link OpenChunks}).
 */
final class TagColumns extends AbstractList<Sample> implements RandomAccess {
    private static final byte NULL = ChunkCodec.KIND_NULL,
            DOUBLE = ChunkCodec.KIND_DOUBLE,
            FALSE = ChunkCodec.KIND_FALSE,
            TRUE = ChunkCodec.KIND_TRUE,
            TEXT = ChunkCodec.KIND_TEXT;

    private final String tagId;
    private long[] times;
    private long[] bits;
    private byte[] kinds;
    private long[] status; // null while every status is 0 (Good)
    private String[] texts; // null while no sample holds a text
    private int n;

    TagColumns(String tagId) {
        this(tagId, 16);
    }

    /** Columns with room for {@code capacity} samples before they grow. */
    TagColumns(String tagId, int capacity) {
        this.tagId = tagId;
        int cap = Math.max(4, capacity);
        times = new long[cap];
        bits = new long[cap];
        kinds = new byte[cap];
    }

    @Override
    public boolean add(Sample s) {
        if (n == times.length) grow();
        times[n] = s.sourceTimeMs();
        Object v = s.value();
        byte kind;
        if (v == null) kind = NULL;
        else if (v instanceof Double d) {
            kind = DOUBLE;
            bits[n] = Double.doubleToRawLongBits(d);
        } else if (v instanceof Boolean b) kind = b ? TRUE : FALSE;
        else {
            kind = TEXT;
            if (texts == null) texts = new String[times.length];
            texts[n] = (String) v;
        }
        kinds[n] = kind;
        if (s.status() != 0 && status == null) status = new long[times.length];
        if (status != null) status[n] = s.status();
        n++;
        return true;
    }

    private void grow() {
        int cap = times.length * 2;
        times = Arrays.copyOf(times, cap);
        bits = Arrays.copyOf(bits, cap);
        kinds = Arrays.copyOf(kinds, cap);
        if (status != null) status = Arrays.copyOf(status, cap);
        if (texts != null) texts = Arrays.copyOf(texts, cap);
    }

    /** Source time of sample {@code i}, without making the sample. */
    long time(int i) {
        if (i >= n) throw new IndexOutOfBoundsException(i);
        return times[i];
    }

    @Override
    public Sample get(int i) {
        if (i >= n) throw new IndexOutOfBoundsException(i);
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
     * as {@link ChunkCodec#normalise} keeps. In the usual case (added in time order) these are the
     * columns themselves, not copied; otherwise sorted copies. The columns are not changed (queries
     * may read them meanwhile), and must not be added to while the answer is in use.
     */
    SampleArrays sorted() {
        boolean inOrder = true;
        for (int i = 1; i < n && inOrder; i++) inOrder = times[i] > times[i - 1];
        if (inOrder) return new SampleArrays(times, kinds, bits, status, texts, 0, n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
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
