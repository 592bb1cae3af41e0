package org.parkwatch.backend.history;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
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
    private static final byte NULL = 0, DOUBLE = 1, FALSE = 2, TRUE = 3, TEXT = 4;

    private final String tagId;
    private long[] times = new long[16];
    private long[] bits = new long[16];
    private byte[] kinds = new byte[16];
    private long[] status; // null while every status is 0 (Good)
    private String[] texts; // null while no sample holds a text
    private int n;

    TagColumns(String tagId) {
        this.tagId = tagId;
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

    @Override
    public int size() {
        return n;
    }
}
