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
}
