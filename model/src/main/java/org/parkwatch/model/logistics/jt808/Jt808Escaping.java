package org.parkwatch.model.logistics.jt808;

import java.util.Arrays;

/**
 * The frame's transparent transmission (JT/T 808-2019 §4.4.2): inside a frame, 0x7e is sent as 0x7d
 * 0x02 and 0x7d as 0x7d 0x01; the check code is the XOR of every byte from the header to the end of
 * the body, computed before escaping.
 */
public final class Jt808Escaping {
    /** Start and end flag of every frame. */
    public static final int FLAG = 0x7e;

    /** Escape byte. */
    public static final int ESCAPE = 0x7d;

    private Jt808Escaping() {}

    /** Escapes {@code content} (header, body and check code) and wraps it in flags. */
    public static byte[] frame(byte[] content) {
        return frame(content, 0, content.length);
    }

    /**
     * Escapes {@code length} bytes of {@code content} from {@code offset} and wraps them in flags,
     * into an array of exactly the frame's size.
     */
    public static byte[] frame(byte[] content, int offset, int length) {
        int end = offset + length;
        int escapes = 0;
        for (int i = offset; i < end; i++) {
            int v = content[i] & 0xff;
            if (v == FLAG || v == ESCAPE) {
                escapes++;
            }
        }
        byte[] out = new byte[length + escapes + 2];
        int n = 0;
        out[n++] = (byte) FLAG;
        for (int i = offset; i < end; i++) {
            int v = content[i] & 0xff;
            if (v == FLAG) {
                out[n++] = (byte) ESCAPE;
                out[n++] = 0x02;
            } else if (v == ESCAPE) {
                out[n++] = (byte) ESCAPE;
                out[n++] = 0x01;
            } else {
                out[n++] = (byte) v;
            }
        }
        out[n] = (byte) FLAG;
        return out;
    }

    /**
     * Restores the bytes between two flags.
     *
     * @throws Jt808FormatException if 0x7d is followed by anything but 0x01 or 0x02, or ends the
     *     frame
     */
    public static byte[] unescape(byte[] escaped, int offset, int length)
            throws Jt808FormatException {
        byte[] out = Arrays.copyOfRange(escaped, offset, offset + length);
        return Arrays.copyOf(out, unescapeInPlace(out, 0, length));
    }

    /**
     * Restores the bytes between two flags where they are (the restored bytes are never more than
     * the escaped ones), from {@code offset}; returns how many there are. A stream decoder uses it
     * on its own buffer to spare a copy of every frame.
     *
     * @throws Jt808FormatException if 0x7d is followed by anything but 0x01 or 0x02, or ends the
     *     frame
     */
    public static int unescapeInPlace(byte[] bytes, int offset, int length)
            throws Jt808FormatException {
        int n = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if ((b & 0xff) != ESCAPE) {
                bytes[n++] = b;
                continue;
            }
            if (i + 1 >= end) {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_ESCAPE,
                        "escape byte 0x7d at the end of the frame");
            }
            int next = bytes[++i] & 0xff;
            if (next == 0x01) {
                bytes[n++] = (byte) ESCAPE;
            } else if (next == 0x02) {
                bytes[n++] = (byte) FLAG;
            } else {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_ESCAPE,
                        String.format(
                                "escape byte 0x7d followed by 0x%02x (only 0x01 or 0x02)", next));
            }
        }
        return n - offset;
    }

    /** XOR of {@code length} bytes from {@code offset}. */
    public static int checkCode(byte[] bytes, int offset, int length) {
        int x = 0;
        for (int i = offset; i < offset + length; i++) {
            x ^= bytes[i];
        }
        return x & 0xff;
    }
}
