package org.parkwatch.backend.history.wal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A reusable, growable byte buffer that a write-ahead record is encoded into in place: eight bytes
 * kept for the frame ({@code [length int][CRC-32 int]}), then the payload. Big-endian, as {@link
 * java.io.DataOutputStream}. Not thread-safe.
 */
final class RecordBuffer {
    private static final int FRAME = 8;
    private byte[] b = new byte[1 << 16];
    private int n = FRAME;
    private final CRC32 crc = new CRC32();

    /** Starts a new record (keeps the memory). */
    RecordBuffer reset() {
        n = FRAME;
        return this;
    }

    private void ensure(int more) {
        if (n + more > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
    }

    void int32(int v) {
        ensure(4);
        b[n++] = (byte) (v >>> 24);
        b[n++] = (byte) (v >>> 16);
        b[n++] = (byte) (v >>> 8);
        b[n++] = (byte) v;
    }

    void int64(long v) {
        ensure(8);
        for (int s = 56; s >= 0; s -= 8) b[n++] = (byte) (v >>> s);
    }

    void byte8(int v) {
        ensure(1);
        b[n++] = (byte) v;
    }

    /** Unsigned LEB128 (7 bits a byte, low first). */
    void varLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            b[n++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        b[n++] = (byte) v;
    }

    /** Zig-zag, then {@link #varLong}: small magnitudes of either sign are short. */
    void signedVarLong(long v) {
        varLong((v << 1) ^ (v >> 63));
    }

    /** UTF-8 bytes preceded by their count as a {@link #varLong}. */
    void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        varLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, b, n, utf8.length);
        n += utf8.length;
    }

    /** Fills in the frame and returns the whole record, ready to write. */
    ByteBuffer framed() {
        int length = n - FRAME;
        crc.reset();
        crc.update(b, FRAME, length);
        int c = (int) crc.getValue();
        int[] head = {length, c};
        for (int k = 0; k < 2; k++) {
            int v = head[k];
            b[4 * k] = (byte) (v >>> 24);
            b[4 * k + 1] = (byte) (v >>> 16);
            b[4 * k + 2] = (byte) (v >>> 8);
            b[4 * k + 3] = (byte) v;
        }
        return ByteBuffer.wrap(b, 0, n);
    }
}
