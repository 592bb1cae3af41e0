package org.parkwatch.model.logistics.jt808;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;

/**
 * Big-endian reads (JT/T 808 §4.2: BYTE, WORD, DWORD, BCD[n], STRING in GBK) that refuse to run
 * past the end: a short body is {@link Jt808FormatException.Reason#TRUNCATED}, naming the field.
 */
final class BodyReader {
    static final Charset GBK = Charset.forName("GBK");

    private final byte[] bytes;
    private final int end;
    private int pos;

    BodyReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
    }

    int remaining() {
        return end - pos;
    }

    private void need(int n, String field) throws Jt808FormatException {
        if (end - pos < n) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.TRUNCATED,
                    field + " needs " + n + " bytes, " + (end - pos) + " left");
        }
    }

    int u8(String field) throws Jt808FormatException {
        need(1, field);
        return bytes[pos++] & 0xff;
    }

    int u16(String field) throws Jt808FormatException {
        need(2, field);
        int v = ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    long u32(String field) throws Jt808FormatException {
        need(4, field);
        long v =
                ((long) (bytes[pos] & 0xff) << 24)
                        | ((bytes[pos + 1] & 0xff) << 16)
                        | ((bytes[pos + 2] & 0xff) << 8)
                        | (bytes[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    String bcd(int length, String field) throws Jt808FormatException {
        need(length, field);
        String d = Bcd.digits(bytes, pos, length);
        pos += length;
        return d;
    }

    /** BCD digits without leading zeros ({@link Bcd#number}). */
    String bcdNumber(int length, String field) throws Jt808FormatException {
        need(length, field);
        String d = Bcd.number(bytes, pos, length);
        pos += length;
        return d;
    }

    Instant time(String field) throws Jt808FormatException {
        need(6, field);
        Instant t = Bcd.time(bytes, pos);
        pos += 6;
        return t;
    }

    byte[] bytes(int length, String field) throws Jt808FormatException {
        need(length, field);
        byte[] out = Arrays.copyOfRange(bytes, pos, pos + length);
        pos += length;
        return out;
    }

    /** A fixed-width GBK string with its trailing NUL (0x00) padding removed. */
    String fixedString(int length, String field) throws Jt808FormatException {
        byte[] raw = bytes(length, field);
        int n = raw.length;
        while (n > 0 && raw[n - 1] == 0) {
            n--;
        }
        return new String(raw, 0, n, GBK);
    }

    /** The rest of the body as a GBK string. */
    String restString() {
        String s = new String(bytes, pos, end - pos, GBK);
        pos = end;
        return s;
    }
}
