package org.parkwatch.backend.history.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads what {@link BitOutput} wrote; running past the end is a {@link CorruptChunkException}. The
 * prefix codes ({@link #signed}, {@link #rice}) are read from a 64-bit window in one step rather
 * than bit by bit: decoding speed is what value-at-instant over many tags costs (issue 13).
 */
final class BitInput {
    private static final VarHandle LONG_BE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
        if (n == 0) return 0;
        if (n > 56) return (bits(n - 32) << 32) | bits(32);
        int i = (int) (pos >>> 3);
        if (i + 9 <= buf.length) { // one 64-bit window: what the XOR floats read
            long v = peek() >>> (64 - n);
            pos += n;
            return v;
        }
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

    /** The next 64 bits from the current position, not consumed (zeros past the buffer's end). */
    long peek() {
        int i = (int) (pos >>> 3);
        if (i + 9 > buf.length) return peekSlow();
        int shift = (int) (pos & 7);
        long w = (long) LONG_BE.get(buf, i);
        return shift == 0 ? w : (w << shift) | ((buf[i + 8] & 0xFFL) >>> (8 - shift));
    }

    private long peekSlow() {
        long w = 0;
        long p = pos;
        for (int k = 0; k < 64; k++, p++) {
            int idx = (int) (p >>> 3);
            int b = idx < buf.length ? (buf[idx] >>> (7 - (p & 7))) & 1 : 0;
            w = (w << 1) | b;
        }
        return w;
    }

    void advance(int n) {
        if (pos + n > limitBits)
            throw new CorruptChunkException("payload ends early at bit " + pos);
        pos += n;
    }

    long signed() {
        long w = peek();
        int ones = Math.min(5, Long.numberOfLeadingZeros(~w));
        if (ones == 0) {
            advance(1);
            return 0;
        }
        int prefix = ones == 5 ? 5 : ones + 1;
        int width = BitOutput.SignedBuckets.WIDTHS[ones - 1];
        if (width == 64) {
            advance(prefix);
            return bits(64);
        }
        advance(prefix + width);
        return (w << prefix) >> (64 - width); // sign-extend
    }

    /**
     * A Rice code of parameter {@code k} (see {@link BitOutput#rice}): the quotient in unary, then
     * k bits; an escape of {@value BitOutput#RICE_ESCAPE} ones is followed by 64 raw bits.
     */
    long rice(int k) {
        long w = peek();
        int q = Math.min(BitOutput.RICE_ESCAPE, Long.numberOfLeadingZeros(~w));
        if (q == BitOutput.RICE_ESCAPE) {
            advance(q);
            return bits(64);
        }
        int used = q + 1 + k;
        advance(used);
        long rem = k == 0 ? 0 : (w << (q + 1)) >>> (64 - k);
        return ((long) q << k) | rem;
    }

    /** Position in bits. */
    long position() {
        return pos;
    }

    /** Moves to bit {@code bitPos}, which must lie within the payload. */
    void seek(long bitPos) {
        if (bitPos < 0 || bitPos > limitBits)
            throw new CorruptChunkException("section end " + bitPos + " outside the payload");
        pos = bitPos;
    }

    /** Position in bytes, rounded up. */
    int bytePosition() {
        return (int) ((pos + 7) >>> 3);
    }
}
