package org.parkwatch.backend.history.codec;

import java.util.Arrays;

/**
 * A growable bit stream, most significant bit first; the building block of the chunk format. Bits
 * gather in a 64-bit accumulator that is stored a whole word at a time: the encoder writes a few
 * bits per sample, and a store per bit (or per byte) was a large share of a commit's CPU (issue
 * 13).
 */
final class BitOutput {
    private long[] words;
    private int wordCount; // full words stored
    private long acc; // the bits after the stored words, right-aligned; fewer than 64
    private int accBits;
    private long bitLength;

    BitOutput() {
        this(256);
    }

    /** A stream expecting about {@code bytes} bytes (it grows past them). */
    BitOutput(int bytes) {
        words = new long[Math.max(4, (bytes + 7) >>> 3)];
    }

    /** Writes the lowest {@code n} bits of {@code value} (0 ≤ n ≤ 64). */
    void bits(long value, int n) {
        if (n == 0) return;
        if (n < 64) value &= (1L << n) - 1;
        int free = 64 - accBits; // 1..64
        if (n < free) {
            acc = (acc << n) | value;
            accBits += n;
        } else {
            int rest = n - free; // 0..63
            store(free == 64 ? value >>> rest : (acc << free) | (value >>> rest));
            acc = rest == 0 ? 0 : value & ((1L << rest) - 1);
            accBits = rest;
        }
        bitLength += n;
    }

    void bit(int b) {
        acc = (acc << 1) | (b & 1);
        bitLength++;
        if (++accBits == 64) {
            store(acc);
            acc = 0;
            accBits = 0;
        }
    }

    private void store(long word) {
        if (wordCount == words.length) words = Arrays.copyOf(words, words.length * 2);
        words[wordCount++] = word;
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
        for (int i = 0; i < other.wordCount; i++) bits(other.words[i], 64);
        bits(other.acc, other.accBits);
    }

    /** Position in bits. */
    long bitLength() {
        return bitLength;
    }

    byte[] toByteArray() {
        byte[] out = new byte[(int) ((bitLength + 7) >>> 3)];
        int p = 0;
        for (int i = 0; i < wordCount; i++) {
            long w = words[i];
            for (int shift = 56; shift >= 0; shift -= 8) out[p++] = (byte) (w >>> shift);
        }
        if (accBits > 0) {
            long w = acc << (64 - accBits); // left-aligned; the rest of the last byte is zero
            for (int shift = 56; p < out.length; shift -= 8) out[p++] = (byte) (w >>> shift);
        }
        return out;
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
