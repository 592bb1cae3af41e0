package org.parkwatch.model.logistics.jt808;

/**
 * Terminal registration response (JT/T 808-2019 §8.6, message 0x8100): the registration's serial,
 * the result, and on success the authentication code the terminal must present in 0x0102.
 */
public record RegistrationResponse(int replySerial, int result, String authCode) {
    public static final int SUCCESS = 0;
    public static final int VEHICLE_ALREADY_REGISTERED = 1;
    public static final int NO_SUCH_VEHICLE = 2;
    public static final int TERMINAL_ALREADY_REGISTERED = 3;
    public static final int NO_SUCH_TERMINAL = 4;

    public static RegistrationResponse decode(byte[] body) throws Jt808FormatException {
        BodyReader in = new BodyReader(body, 0, body.length);
        int serial = in.u16("reply serial");
        int result = in.u8("result");
        return new RegistrationResponse(serial, result, result == SUCCESS ? in.restString() : "");
    }

    public byte[] encode() {
        BodyWriter out = new BodyWriter().u16(replySerial).u8(result);
        if (result == SUCCESS) {
            out.string(authCode);
        }
        return out.toBytes();
    }
}
