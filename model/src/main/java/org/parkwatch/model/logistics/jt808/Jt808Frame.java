package org.parkwatch.model.logistics.jt808;

/**
 * One JT/T 808 message: header and body. {@link Jt808FrameCodec} turns it into the bytes on the
 * wire and back.
 */
public record Jt808Frame(Jt808Header header, byte[] body) {
    public int messageId() {
        return header.messageId();
    }

    public String terminalPhone() {
        return header.terminalPhone();
    }
}
