package org.parkwatch.backend.history.codec;

/**
 * Run-length coding of codes that change rarely (value kinds, OPC UA status codes, text indexes).
 */
final class RunLengths {
    private RunLengths() {}

    /** Number of runs, then each run as (code, length), all variable-length. */
    static void write(BitOutput out, long[] codes, int n) {
        int runs = 0;
        for (int i = 0; i < n; i++) if (i == 0 || codes[i] != codes[i - 1]) runs++;
        out.varLong(runs);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && codes[j] == codes[i]) j++;
            out.varLong(codes[i]);
            out.varLong(j - i);
            i = j;
        }
    }

    /** Reads {@code n} codes; the runs must add up to exactly {@code n}. */
    static long[] read(BitInput in, int n, String what) {
        long[] codes = new long[n];
        int runs = in.count(n, what + " runs");
        int filled = 0;
        for (int r = 0; r < runs; r++) {
            long code = in.varLong();
            int len = in.count(n - filled, what + " run length");
            if (len == 0) throw new CorruptChunkException(what + ": empty run");
            java.util.Arrays.fill(codes, filled, filled + len, code);
            filled += len;
        }
        if (filled != n)
            throw new CorruptChunkException(
                    what + ": runs cover " + filled + " of " + n + " samples");
        return codes;
    }

    /**
     * Reads the runs of {@code n} codes without expanding them (for looking up one sample); same
     * checks as {@link #read}.
     */
    static Runs runs(BitInput in, int n, String what) {
        int count = in.count(n, what + " runs");
        long[] codes = new long[count];
        int[] ends = new int[count];
        int filled = 0;
        for (int r = 0; r < count; r++) {
            codes[r] = in.varLong();
            int len = in.count(n - filled, what + " run length");
            if (len == 0) throw new CorruptChunkException(what + ": empty run");
            filled += len;
            ends[r] = filled;
        }
        if (filled != n)
            throw new CorruptChunkException(
                    what + ": runs cover " + filled + " of " + n + " samples");
        return new Runs(codes, ends);
    }

    /**
     * Run-length coded codes: run r holds {@code codes[r]} up to index {@code ends[r]} (exclusive).
     */
    record Runs(long[] codes, int[] ends) {
        long at(int index) {
            for (int r = 0; r < ends.length; r++) if (index < ends[r]) return codes[r];
            throw new IndexOutOfBoundsException(index);
        }

        /** How many of the indexes below {@code limit} hold {@code code}. */
        int countBefore(long code, int limit) {
            int n = 0, start = 0;
            for (int r = 0; r < ends.length && start < limit; r++) {
                if (codes[r] == code) n += Math.min(ends[r], limit) - start;
                start = ends[r];
            }
            return n;
        }
    }
}
