package org.parkwatch.model.logistics.jt808;

/**
 * The message header (JT/T 808-2019 §4.5, table 2; the 2013 layout is recognised by the version
 * flag, bit 14 of the body attributes, being 0).
 *
 * @param messageId message id, e.g. 0x0200 location report
 * @param version2019 whether the 2019 layout (protocol version byte, BCD[10] phone) is used
 * @param protocolVersion the protocol version byte (1 for the first 2019 edition; 0 in 2013 frames)
 * @param terminalPhone the terminal's phone number, the digits without leading zeros: the
 *     terminal's identity on the link
 * @param serial message serial number, 0–65535, wrapping
 * @param encryption encryption bits 10–12 (0 none, 1 RSA); the park accepts only 0
 * @param packet the sub-package item, or null when the message is not split
 */
public record Jt808Header(
        int messageId,
        boolean version2019,
        int protocolVersion,
        String terminalPhone,
        int serial,
        int encryption,
        Packet packet) {

    /** Sub-package item: total packets and this packet's index, from 1. */
    public record Packet(int total, int index) {}

    /** A 2019 header for one unsplit, unencrypted message. */
    public static Jt808Header of(int messageId, String terminalPhone, int serial) {
        return new Jt808Header(messageId, true, 1, terminalPhone, serial, 0, null);
    }

    /** A header of the same layout and terminal, for a reply. */
    public Jt808Header reply(int replyMessageId, int replySerial) {
        return new Jt808Header(
                replyMessageId, version2019, protocolVersion, terminalPhone, replySerial, 0, null);
    }
}
