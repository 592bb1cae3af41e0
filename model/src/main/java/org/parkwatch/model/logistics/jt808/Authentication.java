package org.parkwatch.model.logistics.jt808;

/**
 * Terminal authentication (JT/T 808-2019 §8.7, message 0x0102). 2019: code length BYTE, code, IMEI
 * BYTE[15], software version BYTE[20]; 2013: the code alone.
 */
public record Authentication(String authCode, String imei, String softwareVersion) {
    public static Authentication decode(byte[] body, boolean version2019)
            throws Jt808FormatException {
        BodyReader in = new BodyReader(body, 0, body.length);
        if (!version2019) {
            return new Authentication(in.restString(), "", "");
        }
        int length = in.u8("auth code length");
        String code = new String(in.bytes(length, "auth code"), BodyReader.GBK);
        return new Authentication(
                code, in.fixedString(15, "IMEI"), in.fixedString(20, "software version"));
    }

    public byte[] encode(boolean version2019) {
        if (!version2019) {
            return new BodyWriter().string(authCode).toBytes();
        }
        byte[] code = BodyWriter.gbk(authCode);
        return new BodyWriter()
                .u8(code.length)
                .bytes(code)
                .fixedString(imei, 15)
                .fixedString(softwareVersion, 20)
                .toBytes();
    }
}
