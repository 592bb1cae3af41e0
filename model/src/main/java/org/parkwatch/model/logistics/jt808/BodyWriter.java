package org.parkwatch.model.logistics.jt808;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;

/** Big-endian writes for message bodies (JT/T 808 §4.2). */
final class BodyWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    BodyWriter u8(int v) {
        out.write(v);
        return this;
    }

    BodyWriter u16(int v) {
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    BodyWriter u32(long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return this;
    }

    BodyWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    BodyWriter time(Instant t) {
        return bytes(Bcd.time(t));
    }

    /** A GBK string NUL-padded (or refused if longer) to {@code length} bytes. */
    BodyWriter fixedString(String s, int length) {
        byte[] raw = gbk(s);
        if (raw.length > length) {
            throw new IllegalArgumentException("'" + s + "' is longer than " + length + " bytes");
        }
        out.writeBytes(raw);
        for (int i = raw.length; i < length; i++) {
            out.write(0);
        }
        return this;
    }

    BodyWriter string(String s) {
        out.writeBytes(gbk(s));
        return this;
    }

    /** GBK bytes of {@code s}; a character GBK cannot hold is refused, never sent as '?'. */
    static byte[] gbk(String s) {
        try {
            ByteBuffer b = BodyReader.GBK.newEncoder().encode(CharBuffer.wrap(s));
            byte[] raw = new byte[b.remaining()];
            b.get(raw);
            return raw;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'" + s + "' has characters GBK cannot encode", e);
        }
    }

    byte[] toBytes() {
        return out.toByteArray();
    }
}
