package org.parkwatch.model.logistics.jt808;

/**
 * Terminal registration (JT/T 808-2019 §8.5, message 0x0100). Field widths differ between editions:
 * the 2019 layout has manufacturer BYTE[11], model BYTE[30], terminal id BYTE[30]; the 2013 one 5,
 * 20 and 7.
 *
 * @param plateColour licence plate colour per JT/T 697.7 (1 blue, 2 yellow …; 0 when not
 *     registered)
 * @param plate the licence plate, e.g. 豫A12345 (GBK on the wire)
 */
public record Registration(
        int province,
        int city,
        String manufacturer,
        String model,
        String terminalId,
        int plateColour,
        String plate) {

    public static Registration decode(byte[] body, boolean version2019)
            throws Jt808FormatException {
        BodyReader in = new BodyReader(body, 0, body.length);
        return new Registration(
                in.u16("province"),
                in.u16("city"),
                in.fixedString(version2019 ? 11 : 5, "manufacturer"),
                in.fixedString(version2019 ? 30 : 20, "terminal model"),
                in.fixedString(version2019 ? 30 : 7, "terminal id"),
                in.u8("plate colour"),
                in.restString());
    }

    public byte[] encode(boolean version2019) {
        return new BodyWriter()
                .u16(province)
                .u16(city)
                .fixedString(manufacturer, version2019 ? 11 : 5)
                .fixedString(model, version2019 ? 30 : 20)
                .fixedString(terminalId, version2019 ? 30 : 7)
                .u8(plateColour)
                .string(plate)
                .toBytes();
    }
}
