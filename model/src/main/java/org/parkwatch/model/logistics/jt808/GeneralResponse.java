package org.parkwatch.model.logistics.jt808;

/**
 * General response (JT/T 808-2019 §8.1 terminal 0x0001, §8.2 platform 0x8001): which message it
 * answers (serial and id) and the result.
 */
public record GeneralResponse(int replySerial, int replyMessageId, int result) {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int MESSAGE_ERROR = 2;
    public static final int NOT_SUPPORTED = 3;
    public static final int ALARM_CONFIRMED = 4;

    public static GeneralResponse decode(byte[] body) throws Jt808FormatException {
        BodyReader in = new BodyReader(body, 0, body.length);
        return new GeneralResponse(
                in.u16("reply serial"), in.u16("reply message id"), in.u8("result"));
    }

    public byte[] encode() {
        // one a location report: written directly, not through a BodyWriter
        return new byte[] {
            (byte) (replySerial >>> 8),
            (byte) replySerial,
            (byte) (replyMessageId >>> 8),
            (byte) replyMessageId,
            (byte) result
        };
    }
}
