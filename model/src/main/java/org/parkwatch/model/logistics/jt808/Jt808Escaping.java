package org.parkwatch.model.logistics.jt808;

import java.io.ByteArrayOutputStream;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 8);
        out.write(FLAG);
        for (byte b : content) {
            int v = b & 0xff;
            if (v == FLAG) {
                out.write(ESCAPE);
                out.write(0x02);
            } else if (v == ESCAPE) {
                out.write(ESCAPE);
                out.write(0x01);
            } else {
                out.write(v);
            }
        }
        out.write(FLAG);
        return out.toByteArray();
    }

    /**
     * Restores the bytes between two flags.
     *
     * @throws Jt808FormatException if 0x7d is followed by anything but 0x01 or 0x02, or ends the
     *     frame
     */
    public static byte[] unescape(byte[] escaped, int offset, int length)
            throws Jt808FormatException {
        byte[] out = new byte[length];
        int n = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int v = escaped[i] & 0xff;
            if (v != ESCAPE) {
                out[n++] = (byte) v;
                continue;
            }
            if (i + 1 >= end) {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_ESCAPE,
                        "escape byte 0x7d at the end of the frame");
            }
            int next = escaped[++i] & 0xff;
            if (next == 0x01) {
                out[n++] = (byte) ESCAPE;
            } else if (next == 0x02) {
                out[n++] = (byte) FLAG;
            } else {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_ESCAPE,
                        String.format(
                                "escape byte 0x7d followed by 0x%02x (only 0x01 or 0x02)", next));
            }
        }
        return Arrays.copyOf(out, n);
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
