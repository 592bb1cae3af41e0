package org.parkwatch.backend.history.codec;

/**
 * The double values of a chunk. Two modes, chosen per chunk:
 *
 * <ul>
 *   <li><b>decimal</b>: when every value is exactly {@code k / 10^s} for one scale s ≤ {@value
 *       #MAX_SCALE} (what a sensor with a fixed resolution reports, e.g. 25.13), the integers k are
 *       stored as first or second differences, whichever is smaller, in prefix-coded buckets: a
 *       flat or steadily drifting signal costs one bit a sample;
 *   <li><b>XOR</b> otherwise (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time Series
 *       Database", VLDB 2015, section 4.1.2): each value's raw IEEE 754 bits XOR the previous
 *       value's; a zero costs one bit, otherwise the meaningful bits are written inside the
 *       previous leading/trailing-zero window when they fit.
 * </ul>
 *
 * Both modes reproduce every value bit for bit (NaN payloads, ±0, ±Inf).
 */
final class FloatColumn {
    static final int MAX_SCALE = 9;
    private static final int MODE_XOR = 0;

    /** Integers beyond ±2^52 are not all exactly representable as doubles. */
    private static final double MAX_DECIMAL = 0x1p52;

    /**
     * 10^s for s ≤ {@value #MAX_SCALE}: what {@code Math.pow(10, s)} gives, exactly, but cheaper.
     */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private FloatColumn() {}

    static void write(BitOutput out, double[] v, int n) {
        if (n == 0) return;
        int scale = decimalScale(v, n);
        if (scale < 0) {
            out.varLong(MODE_XOR);
            writeXor(out, v, n);
            return;
        }
        out.varLong(scale + 1L);
        double p = POW10[scale];
        long[] k = new long[n];
        for (int i = 0; i < n; i++) k[i] = Math.round(v[i] * p);
        long cost1 = 0, cost2 = 0;
        for (int i = 1; i < n; i++) {
            cost1 += BitOutput.signedCost(k[i] - k[i - 1]);
            if (i > 1) cost2 += BitOutput.signedCost(k[i] - 2 * k[i - 1] + k[i - 2]);
        }
        int order = n > 2 && cost2 + BitOutput.signedCost(k[1] - k[0]) < cost1 ? 2 : 1;
        out.bit(order - 1);
        out.signed(k[0]);
        if (n > 1) out.signed(k[1] - k[0]);
        for (int i = 2; i < n; i++) {
            out.signed(order == 1 ? k[i] - k[i - 1] : k[i] - 2 * k[i - 1] + k[i - 2]);
        }
    }

    static double[] read(BitInput in, int n) {
        return read(in, n, n);
    }

    /**
     * The first {@code limit} of the {@code n} values (the stream is left inside the column when
     * limit < n).
     */
    static double[] read(BitInput in, int n, int limit) {
        return read(in, n, limit, n);
    }

    /** The first {@code limit} values in an array of {@code size} ≥ limit. */
    private static double[] read(BitInput in, int n, int limit, int size) {
        double[] v = new double[size];
        if (n == 0) return v;
        decode(in, limit, v);
        return v;
    }

    /**
     * The value at position {@code limit - 1} of the {@code n} values (stream left inside), without
     * an array of the values before it (a value-at decodes one value a chunk).
     */
    static double last(BitInput in, int n, int limit) {
        if (n == 0) return 0;
        return decode(in, limit, null);
    }

    /** Decodes {@code n} ≥ 1 values into {@code v} (when given); returns the last one. */
    private static double decode(BitInput in, int n, double[] v) {
        long mode = in.varLong();
        if (mode == MODE_XOR) return Double.longBitsToDouble(readXor(in, v, n));
        if (mode < 1 || mode > MAX_SCALE + 1)
            throw new CorruptChunkException("unknown float mode " + mode);
        double p = POW10[(int) mode - 1];
        int order = in.bit() + 1;
        long before = 0, k = in.signed(); // k[i - 1] and k[i]
        if (v != null) v[0] = k / p;
        for (int i = 1; i < n; i++) {
            long d = in.signed();
            long next = order == 1 || i == 1 ? k + d : 2 * k - before + d;
            before = k;
            k = next;
            if (v != null) v[i] = k / p;
        }
        return k / p;
    }

    /** The smallest scale s with every value exactly k / 10^s, or -1. */
    static int decimalScale(double[] v, int n) {
        for (int s = 0; s <= MAX_SCALE; s++) {
            double p = POW10[s];
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                double scaled = v[i] * p;
                if (!(Math.abs(scaled) < MAX_DECIMAL)) {
                    all = false;
                    break;
                }
                long k = Math.round(scaled);
                all = Double.doubleToRawLongBits(k / p) == Double.doubleToRawLongBits(v[i]);
            }
            if (all) return s;
        }
        return -1;
    }

    private static void writeXor(BitOutput out, double[] v, int n) {
        long prev = Double.doubleToRawLongBits(v[0]);
        out.bits(prev, 64);
        int prevLead = -1, prevTrail = 0;
        for (int i = 1; i < n; i++) {
            long bits = Double.doubleToRawLongBits(v[i]);
            long x = bits ^ prev;
            prev = bits;
            if (x == 0) {
                out.bit(0);
                continue;
            }
            out.bit(1);
            int lead = Math.min(31, Long.numberOfLeadingZeros(x));
            int trail = Long.numberOfTrailingZeros(x);
            if (prevLead >= 0 && lead >= prevLead && trail >= prevTrail) {
                out.bit(0);
                out.bits(x >>> prevTrail, 64 - prevLead - prevTrail);
            } else {
                int len = 64 - lead - trail;
                out.bit(1);
                out.bits(lead, 5);
                out.bits(len - 1, 6);
                out.bits(x >>> trail, len);
                prevLead = lead;
                prevTrail = trail;
            }
        }
    }

    /**
     * Reads {@code n} XOR-coded values into {@code v} (when given); returns the last one's bits.
     */
    private static long readXor(BitInput in, double[] v, int n) {
        long prev = in.bits(64);
        if (v != null) v[0] = Double.longBitsToDouble(prev);
        int lead = -1, trail = 0;
        for (int i = 1; i < n; i++) {
            if (in.bit() == 1) {
                if (in.bit() == 1) {
                    lead = (int) in.bits(5);
                    int len = (int) in.bits(6) + 1;
                    trail = 64 - lead - len;
                    if (trail < 0) throw new CorruptChunkException("XOR window past 64 bits");
                } else if (lead < 0) {
                    throw new CorruptChunkException("XOR value reuses a window before one was set");
                }
                prev ^= in.bits(64 - lead - trail) << trail;
            }
            if (v != null) v[i] = Double.longBitsToDouble(prev);
        }
        return prev;
    }
}
