package org.parkwatch.model.logistics.jt808;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Frame ⇄ bytes (JT/T 808-2019 §4.4–4.5): header, body, XOR check code, escaping and flags. Bodies
 * are at most 1023 bytes (10 length bits of the body attributes); longer messages are sent in
 * sub-packages.
 */
public final class Jt808FrameCodec {
    /** The body length field has 10 bits (§4.5.2, figure 2). */
    public static final int MAX_BODY_BYTES = 1023;

    private static final int LENGTH_MASK = 0x03ff;
    private static final int ENCRYPTION_SHIFT = 10;
    private static final int SUBPACKAGE_BIT = 1 << 13;
    private static final int VERSION_BIT = 1 << 14;
    private static final int PHONE_BYTES_2019 = 10;
    private static final int PHONE_BYTES_2013 = 6;

    private Jt808FrameCodec() {}

    /** The escaped frame with its flags, ready for the wire. */
    public static byte[] encode(Jt808Header header, byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException(
                    "body of " + body.length + " bytes exceeds " + MAX_BODY_BYTES + "; split it");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 24);
        int attributes = body.length | (header.encryption() & 0x07) << ENCRYPTION_SHIFT;
        if (header.packet() != null) {
            attributes |= SUBPACKAGE_BIT;
        }
        if (header.version2019()) {
            attributes |= VERSION_BIT;
        }
        writeWord(out, header.messageId());
        writeWord(out, attributes);
        if (header.version2019()) {
            out.write(header.protocolVersion());
        }
        out.writeBytes(
                Bcd.encode(
                        header.terminalPhone(),
                        header.version2019() ? PHONE_BYTES_2019 : PHONE_BYTES_2013));
        writeWord(out, header.serial());
        if (header.packet() != null) {
            writeWord(out, header.packet().total());
            writeWord(out, header.packet().index());
        }
        out.writeBytes(body);
        byte[] content = Arrays.copyOf(out.toByteArray(), out.size() + 1);
        content[content.length - 1] =
                (byte) Jt808Escaping.checkCode(content, 0, content.length - 1);
        return Jt808Escaping.frame(content);
    }

    /** The escaped frame of {@code frame}. */
    public static byte[] encode(Jt808Frame frame) {
        return encode(frame.header(), frame.body());
    }

    /**
     * Parses the unescaped bytes between two flags: header, body and check code.
     *
     * @throws Jt808FormatException if the check code is wrong, the frame is shorter than its header
     *     or its body length field disagrees with the bytes present
     */
    public static Jt808Frame decode(byte[] content) throws Jt808FormatException {
        if (content.length < 2) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.TRUNCATED,
                    "frame of " + content.length + " bytes has no header");
        }
        int last = content.length - 1;
        int expected = Jt808Escaping.checkCode(content, 0, last);
        int got = content[last] & 0xff;
        if (expected != got) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.BAD_CHECK_CODE,
                    String.format("check code 0x%02x, computed 0x%02x", got, expected));
        }
        BodyReader in = new BodyReader(content, 0, last);
        int messageId = in.u16("message id");
        int attributes = in.u16("body attributes");
        boolean v2019 = (attributes & VERSION_BIT) != 0;
        int protocolVersion = v2019 ? in.u8("protocol version") : 0;
        String phone =
                stripZeros(in.bcd(v2019 ? PHONE_BYTES_2019 : PHONE_BYTES_2013, "terminal phone"));
        int serial = in.u16("message serial");
        Jt808Header.Packet packet = null;
        if ((attributes & SUBPACKAGE_BIT) != 0) {
            packet = new Jt808Header.Packet(in.u16("packet total"), in.u16("packet index"));
        }
        int length = attributes & LENGTH_MASK;
        if (in.remaining() != length) {
            throw new Jt808FormatException(
                    in.remaining() < length
                            ? Jt808FormatException.Reason.TRUNCATED
                            : Jt808FormatException.Reason.LENGTH_MISMATCH,
                    String.format(
                            "message 0x%04x declares a body of %d bytes, %d present",
                            messageId, length, in.remaining()));
        }
        Jt808Header header =
                new Jt808Header(
                        messageId,
                        v2019,
                        protocolVersion,
                        phone,
                        serial,
                        (attributes >> ENCRYPTION_SHIFT) & 0x07,
                        packet);
        return new Jt808Frame(header, in.bytes(length, "body"));
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static void writeWord(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }
}
