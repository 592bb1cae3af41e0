package org.parkwatch.backend.history.codec;

/** Reads what {@link BitOutput} wrote; running past the end is a {@link CorruptChunkException}. */
final class BitInput {
    private final byte[] buf;
    private final long limitBits;
    private long pos;

    BitInput(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = (long) offset * 8;
        this.limitBits = (long) (offset + length) * 8;
    }

    int bit() {
        if (pos >= limitBits) throw new CorruptChunkException("payload ends early at bit " + pos);
        int b = (buf[(int) (pos >>> 3)] >>> (7 - (pos & 7))) & 1;
        pos++;
        return b;
    }

    long bits(int n) {
        if (pos + n > limitBits)
            throw new CorruptChunkException("payload ends early at bit " + pos);
        long v = 0;
        while (n > 0) {
            int avail = 8 - (int) (pos & 7);
            int take = Math.min(avail, n);
            int b = buf[(int) (pos >>> 3)] & 0xFF;
            v = (v << take) | ((b >>> (avail - take)) & ((1 << take) - 1));
            pos += take;
            n -= take;
        }
        return v;
    }

    long varLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            long b = bits(8);
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new CorruptChunkException("variable-length number longer than 64 bits");
    }

    /** A count that must lie in [0, max]. */
    int count(long max, String what) {
        long v = varLong();
        if (v < 0 || v > max)
            throw new CorruptChunkException(what + " " + v + " out of range 0.." + max);
        return (int) v;
    }

    long signed() {
        int ones = 0;
        while (ones < 5 && bit() == 1) ones++;
        if (ones == 0) return 0;
        int w = BitOutput.SignedBuckets.WIDTHS[ones - 1];
        long raw = bits(w);
        return w == 64 ? raw : (raw << (64 - w)) >> (64 - w); // sign-extend
    }

    /** Position in bytes, rounded up. */
    int bytePosition() {
        return (int) ((pos + 7) >>> 3);
    }
}
