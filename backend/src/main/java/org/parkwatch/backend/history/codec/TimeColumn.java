package org.parkwatch.backend.history.codec;

import java.util.Arrays;

/**
 * The timestamps of a chunk after the first (format version 2), in whichever of two modes costs
 * fewer bits for this chunk:
 *
 * <ul>
 *   <li><b>delta-of-delta</b> in prefix-coded buckets (Gorilla, VLDB 2015, section 4.1.1): a steady
 *       period costs one bit a sample;
 *   <li><b>grid</b>: the distance of each timestamp from a nominal grid of period P (the chunk's
 *       median interval), zig-zag mapped and Rice coded with the parameter that suits the chunk. A
 *       polled signal whose source timestamps jitter by a few milliseconds around the poll period
 *       costs about log2 of the jitter's range plus two bits, instead of the delta-of-delta's 8
 *       bits (a difference of two jitters spans twice the range). A gap moves the grid by whole
 *       periods, so the grid keeps its phase.
 * </ul>
 *
 * Both modes are lossless for any strictly increasing timestamps.
 */
final class TimeColumn {
    private static final int MODE_DOD = 0, MODE_GRID = 1;
    private static final int MAX_RICE_K = 31;

    /** The fewest header bits {@link Grid#of} counts: mode bit, period (24), phase (≥ 1), k (5). */
    private static final long GRID_MIN_HEADER_BITS = 1 + 8 * 3 + 1 + 5;

    private TimeColumn() {}

    /** Writes t[1..n-1] (t[0] is in the chunk header), n ≥ 2. */
    static void write(BitOutput out, long[] t, int n) {
        long dodCost = 1;
        long prevDelta = 0;
        for (int i = 1; i < n; i++) {
            long delta = t[i] - t[i - 1];
            dodCost += BitOutput.signedCost(delta - prevDelta);
            prevDelta = delta;
        }
        // a grid costs at least its header (31 bits) and a bit a time: a steady series, whose
        // delta-of-delta is mostly zeros, never needs the grid's two sorts to know that
        Grid grid = dodCost <= GRID_MIN_HEADER_BITS + (n - 1) ? null : Grid.of(t, n);
        if (grid == null || grid.cost >= dodCost) {
            out.bit(MODE_DOD);
            prevDelta = 0;
            for (int i = 1; i < n; i++) {
                long delta = t[i] - t[i - 1];
                out.signed(delta - prevDelta);
                prevDelta = delta;
            }
            return;
        }
        out.bit(MODE_GRID);
        out.varLong(grid.period);
        out.signed(grid.phase);
        out.bits(grid.k, 5);
        long nominal = t[0] + grid.phase;
        for (int i = 1; i < n; i++) {
            long predicted = nominal + grid.period;
            long r = t[i] - predicted;
            out.rice((r << 1) ^ (r >> 63), grid.k);
            nominal = predicted + snap(r, grid.period);
        }
    }

    /**
     * Reads t[1..n-1] given t[0]; stops after the first time past {@code stopAfterMs} and returns
     * the number of times decoded (n when it did not stop).
     */
    static int read(BitInput in, long[] t, int n, long stopAfterMs) {
        if (in.bit() == MODE_DOD) {
            long delta = 0;
            for (int i = 1; i < n; ) {
                // a run of zero bits is a run of unchanged intervals: up to 63 at one look
                int zeros = Math.min(Long.numberOfLeadingZeros(in.peek()), 63);
                if (zeros > 0) {
                    int end = Math.min(n, i + zeros);
                    in.advance(end - i);
                    for (; i < end; i++) {
                        t[i] = t[i - 1] + delta;
                        if (t[i] > stopAfterMs) return i + 1;
                    }
                    continue;
                }
                delta += in.signed();
                t[i] = t[i - 1] + delta;
                if (t[i] > stopAfterMs) return i + 1;
                i++;
            }
            return n;
        }
        long period = in.varLong();
        if (period <= 0 || period > Long.MAX_VALUE / 4)
            throw new CorruptChunkException("grid period " + period + " out of range");
        long nominal = t[0] + in.signed();
        int k = (int) in.bits(5);
        for (int i = 1; i < n; i++) {
            long predicted = nominal + period;
            long zz = in.rice(k);
            long r = (zz >>> 1) ^ -(zz & 1);
            t[i] = predicted + r;
            nominal = predicted + snap(r, period);
            if (t[i] > stopAfterMs) return i + 1;
        }
        return n;
    }

    /** The whole periods nearest to {@code r}. */
    private static long snap(long r, long period) {
        return Math.floorDiv(r + period / 2, period) * period;
    }

    /** The grid that fits t[0..n-1] and its cost in bits, or null when no grid fits. */
    private record Grid(long period, long phase, int k, long cost) {
        static Grid of(long[] t, int n) {
            long[] deltas = new long[n - 1];
            for (int i = 1; i < n; i++) deltas[i - 1] = t[i] - t[i - 1];
            Arrays.sort(deltas);
            long period = deltas[deltas.length / 2];
            if (period <= 0 || period > Long.MAX_VALUE / 4) return null;
            long[] offsets = new long[n - 1];
            for (int i = 1; i < n; i++)
                offsets[i - 1] = Math.floorMod(t[i] - t[0] + period / 2, period) - period / 2;
            Arrays.sort(offsets);
            long phase = offsets[offsets.length / 2];
            long[] zz = new long[n - 1];
            long nominal = t[0] + phase;
            for (int i = 1; i < n; i++) {
                long predicted = nominal + period;
                long r = t[i] - predicted;
                zz[i - 1] = (r << 1) ^ (r >> 63);
                nominal = predicted + snap(r, period);
            }
            int bestK = 0;
            long best = Long.MAX_VALUE;
            for (int k = 0; k <= MAX_RICE_K; k++) {
                long cost = 0;
                for (long z : zz) cost += BitOutput.riceCost(z, k);
                if (cost < best) {
                    best = cost;
                    bestK = k;
                }
                if (k > 0 && cost > best) break; // the cost is convex in k
            }
            long header = 1 + 8 * 3 + BitOutput.signedCost(phase) + 5;
            return new Grid(period, phase, bestK, header + best);
        }
    }
}
