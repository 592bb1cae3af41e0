package org.parkwatch.model.logistics.jt808;

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
        int phoneBytes = header.version2019() ? PHONE_BYTES_2019 : PHONE_BYTES_2013;
        int headerBytes =
                4
                        + (header.version2019() ? 1 : 0)
                        + phoneBytes
                        + 2
                        + (header.packet() != null ? 4 : 0);
        // header, body and check code in one array, then escaped into the frame (one per ack)
        byte[] content = new byte[headerBytes + body.length + 1];
        int attributes = body.length | (header.encryption() & 0x07) << ENCRYPTION_SHIFT;
        if (header.packet() != null) {
            attributes |= SUBPACKAGE_BIT;
        }
        if (header.version2019()) {
            attributes |= VERSION_BIT;
        }
        int n = writeWord(content, 0, header.messageId());
        n = writeWord(content, n, attributes);
        if (header.version2019()) {
            content[n++] = (byte) header.protocolVersion();
        }
        Bcd.encode(header.terminalPhone(), content, n, phoneBytes);
        n += phoneBytes;
        n = writeWord(content, n, header.serial());
        if (header.packet() != null) {
            n = writeWord(content, n, header.packet().total());
            n = writeWord(content, n, header.packet().index());
        }
        System.arraycopy(body, 0, content, n, body.length);
        n += body.length;
        content[n] = (byte) Jt808Escaping.checkCode(content, 0, n);
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
        return decode(content, 0, content.length);
    }

    /**
     * Parses {@code length} unescaped bytes from {@code offset}; the frame's body is a copy, so the
     * caller may reuse {@code content}.
     *
     * @throws Jt808FormatException as {@link #decode(byte[])}
     */
    public static Jt808Frame decode(byte[] content, int offset, int length)
            throws Jt808FormatException {
        if (length < 2) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.TRUNCATED,
                    "frame of " + length + " bytes has no header");
        }
        int last = offset + length - 1;
        int expected = Jt808Escaping.checkCode(content, offset, length - 1);
        int got = content[last] & 0xff;
        if (expected != got) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.BAD_CHECK_CODE,
                    String.format("check code 0x%02x, computed 0x%02x", got, expected));
        }
        BodyReader in = new BodyReader(content, offset, length - 1);
        int messageId = in.u16("message id");
        int attributes = in.u16("body attributes");
        boolean v2019 = (attributes & VERSION_BIT) != 0;
        int protocolVersion = v2019 ? in.u8("protocol version") : 0;
        String phone = in.bcdNumber(v2019 ? PHONE_BYTES_2019 : PHONE_BYTES_2013, "terminal phone");
        int serial = in.u16("message serial");
        Jt808Header.Packet packet = null;
        if ((attributes & SUBPACKAGE_BIT) != 0) {
            packet = new Jt808Header.Packet(in.u16("packet total"), in.u16("packet index"));
        }
        int bodyLength = attributes & LENGTH_MASK;
        if (in.remaining() != bodyLength) {
            throw new Jt808FormatException(
                    in.remaining() < bodyLength
                            ? Jt808FormatException.Reason.TRUNCATED
                            : Jt808FormatException.Reason.LENGTH_MISMATCH,
                    String.format(
                            "message 0x%04x declares a body of %d bytes, %d present",
                            messageId, bodyLength, in.remaining()));
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
        return new Jt808Frame(header, in.bytes(bodyLength, "body"));
    }

    private static int writeWord(byte[] out, int at, int v) {
        out[at] = (byte) (v >>> 8);
        out[at + 1] = (byte) v;
        return at + 2;
    }
}
