package org.parkwatch.backend.history.codec;

import java.util.Arrays;

/** A growable bit stream, most significant bit first; the building block of the chunk format. */
final class BitOutput {
    private byte[] buf = new byte[256];
    private long bitLength;

    /** Writes the lowest {@code n} bits of {@code value} (0 ≤ n ≤ 64). */
    void bits(long value, int n) {
        while (n > 0) {
            int index = (int) (bitLength >>> 3);
            if (index == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int free = 8 - (int) (bitLength & 7);
            int take = Math.min(free, n);
            int chunk = (int) (value >>> (n - take)) & ((1 << take) - 1);
            buf[index] |= (byte) (chunk << (free - take));
            bitLength += take;
            n -= take;
        }
    }

    void bit(int b) {
        int index = (int) (bitLength >>> 3);
        if (index == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        if (b != 0) buf[index] |= (byte) (0x80 >>> (bitLength & 7));
        bitLength++;
    }

    /** Unsigned LEB128-like variable length: 7 bits a group, high bit set when more follow. */
    void varLong(long v) {
        while ((v & ~0x7FL) != 0) {
            bits((v & 0x7F) | 0x80, 8);
            v >>>= 7;
        }
        bits(v, 8);
    }

    /**
     * A signed integer in a prefix-coded bucket: {@code 0} → 0; {@code 10}+6 bits; {@code 110}+12;
     * {@code 1110}+20; {@code 11110}+32; {@code 11111}+64 (two's complement in the bucket's width).
     * Small values cost few bits.
     */
    void signed(long v) {
        if (v == 0) {
            bit(0);
            return;
        }
        int[] widths = SignedBuckets.WIDTHS;
        for (int i = 0; i < widths.length - 1; i++) {
            int w = widths[i];
            if (v >= -(1L << (w - 1)) && v < (1L << (w - 1))) {
                bits((1L << (i + 2)) - 2, i + 2); // i+1 ones then a zero
                bits(v, w);
                return;
            }
        }
        bits(0x1F, 5);
        bits(v, 64);
    }

    /** Unary quotients this long or longer are written as an escape and 64 raw bits. */
    static final int RICE_ESCAPE = 24;

    /**
     * A non-negative {@code v} as a Rice code of parameter {@code k} (0 ≤ k ≤ 32): {@code v >>> k}
     * ones, a zero, then the low k bits; a quotient of {@value #RICE_ESCAPE} or more is written as
     * that many ones and 64 raw bits.
     */
    void rice(long v, int k) {
        long q = v >>> k;
        if (q >= RICE_ESCAPE) {
            bits((1L << RICE_ESCAPE) - 1, RICE_ESCAPE);
            bits(v, 64);
            return;
        }
        bits(((1L << q) - 1) << 1, (int) q + 1);
        if (k > 0) bits(v, k);
    }

    /** Bits {@link #rice} writes for {@code v}. */
    static int riceCost(long v, int k) {
        long q = v >>> k;
        return q >= RICE_ESCAPE ? RICE_ESCAPE + 64 : (int) q + 1 + k;
    }

    /** Appends every bit written to {@code other}. */
    void append(BitOutput other) {
        long whole = other.bitLength >>> 3;
        for (int i = 0; i < whole; i++) bits(other.buf[i] & 0xFF, 8);
        int rest = (int) (other.bitLength & 7);
        if (rest > 0) bits((other.buf[(int) whole] & 0xFF) >>> (8 - rest), rest);
    }

    /** Position in bits. */
    long bitLength() {
        return bitLength;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, (int) ((bitLength + 7) >>> 3));
    }

    /**
     * Bits {@link #signed} would write for {@code v}, to choose between encodings without writing.
     */
    static int signedCost(long v) {
        if (v == 0) return 1;
        int[] widths = SignedBuckets.WIDTHS;
        for (int i = 0; i < widths.length - 1; i++) {
            int w = widths[i];
            if (v >= -(1L << (w - 1)) && v < (1L << (w - 1))) return i + 2 + w;
        }
        return 5 + 64;
    }

    /** Bucket widths of {@link #signed}, shared with the reader. */
    static final class SignedBuckets {
        static final int[] WIDTHS = {6, 12, 20, 32, 64};

        private SignedBuckets() {}
    }
}
