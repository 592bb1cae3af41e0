package org.parkwatch.model.logistics.jt808;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Byte-level checks of framing, escaping, check code, BCD and the bodies. Expected bytes are worked
 * out by hand from the standard's clauses, never produced by the codec under test.
 */
class Jt808CodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void escapingMatchesTheStandardsExample() throws Exception {
        // JT/T 808-2019 §4.4.2: the data 0x30 0x7e 0x08 0x7d 0x55 is sent as
        // 0x7e 0x30 0x7d 0x02 0x08 0x7d 0x01 0x55 0x7e.
        byte[] data = HEX.parseHex("307e087d55");
        byte[] wire = Jt808Escaping.frame(data);
        assertEquals("7e307d02087d01557e", HEX.formatHex(wire));
        assertArrayEquals(data, Jt808Escaping.unescape(wire, 1, wire.length - 2));
    }

    @Test
    void heartbeatOf2013LayoutHasTheHandComputedCheckCode() throws Exception {
        // 0x0002, attributes 0, phone 013912345678 (BCD[6]), serial 1; XOR of those 12 bytes = 0x33
        Jt808Header header = new Jt808Header(0x0002, false, 0, "13912345678", 1, 0, null);
        byte[] wire = Jt808FrameCodec.encode(header, new byte[0]);
        assertEquals("7e000200000139123456780001337e", HEX.formatHex(wire));

        Jt808Frame back = Jt808FrameCodec.decode(Jt808Escaping.unescape(wire, 1, wire.length - 2));
        assertEquals(header, back.header());
        assertEquals(0, back.body().length);
    }

    @Test
    void header2019CarriesVersionFlagAndTwentyDigitPhone() throws Exception {
        Jt808Header header = Jt808Header.of(0x0200, "13912345678", 0x7e7d);
        byte[] wire = Jt808FrameCodec.encode(header, HEX.parseHex("01"));
        byte[] content = Jt808Escaping.unescape(wire, 1, wire.length - 2);
        // id 0200, attributes 0x4001 (version bit 14, length 1), version 1, BCD[10] phone,
        // serial 7e7d (sent escaped), body 01, check code
        assertEquals("0200400101000000000139123456787e7d01", HEX.formatHex(content, 0, 18));
        assertTrue(HEX.formatHex(wire).contains("7d027d01"), "serial bytes escaped on the wire");
        assertEquals(header, Jt808FrameCodec.decode(content).header());
    }

    @Test
    void bcdTimeIsBeijingTime() throws Exception {
        Instant t =
                OffsetDateTime.of(2026, 12, 6, 15, 30, 45, 0, ZoneOffset.ofHours(8)).toInstant();
        assertEquals("261206153045", HEX.formatHex(Bcd.time(t)));
        assertEquals(t, Bcd.time(HEX.parseHex("261206153045"), 0));
        Jt808FormatException bad =
                assertThrows(
                        Jt808FormatException.class,
                        () -> Bcd.time(HEX.parseHex("261306153045"), 0));
        assertEquals(Jt808FormatException.Reason.BAD_FIELD, bad.reason());
        assertThrows(Jt808FormatException.class, () -> Bcd.digits(HEX.parseHex("1a"), 0, 1));
    }

    @Test
    void bcdTimeRefusesAnHourMinuteOrSecondOutOfRange() {
        for (String bad : List.of("261206243045", "261206156045", "261206153060", "260230120000")) {
            Jt808FormatException e =
                    assertThrows(Jt808FormatException.class, () -> Bcd.time(HEX.parseHex(bad), 0));
            assertEquals(Jt808FormatException.Reason.BAD_FIELD, e.reason(), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        // 2028 is a leap year: 29 February is a date
        assertEquals(
                OffsetDateTime.of(2028, 2, 29, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant(),
                assertDoesNotThrowTime("280229000000"));
    }

    private static Instant assertDoesNotThrowTime(String hex) {
        try {
            return Bcd.time(HEX.parseHex(hex), 0);
        } catch (Jt808FormatException e) {
            throw new AssertionError(hex + " refused: " + e.getMessage(), e);
        }
    }

    @Test
    void bcdNumberDropsLeadingZerosButKeepsOneForAllZeros() throws Exception {
        assertEquals("13912345678", Bcd.number(HEX.parseHex("00000000013912345678"), 0, 10));
        assertEquals("100", Bcd.number(HEX.parseHex("000100"), 0, 3));
        assertEquals("0", Bcd.number(HEX.parseHex("0000"), 0, 2));
        assertEquals("000100", Bcd.digits(HEX.parseHex("000100"), 0, 3));
        assertThrows(Jt808FormatException.class, () -> Bcd.number(HEX.parseHex("00a1"), 0, 2));
    }

    @Test
    void unescapingInPlaceRestoresTheBytesAtTheOffset() throws Exception {
        // §4.4.2's example behind two bytes that are not the frame's
        byte[] buffer = HEX.parseHex("ffff307d02087d0155");
        int n = Jt808Escaping.unescapeInPlace(buffer, 2, buffer.length - 2);
        assertEquals(5, n);
        assertEquals("307e087d55", HEX.formatHex(buffer, 2, 2 + n));
        assertEquals("ffff", HEX.formatHex(buffer, 0, 2), "bytes before the offset untouched");
        assertThrows(
                Jt808FormatException.class,
                () -> Jt808Escaping.unescapeInPlace(HEX.parseHex("307d"), 0, 2));
    }

    @Test
    void locationBodyDecodesFieldByField() throws Exception {
        // alarm 0x2 (over-speed), status 0x3 (ACC on, positioned), lat 34.746600, lon 113.625300,
        // altitude 120 m, speed 65.3 km/h, direction 90, 2026-12-06 15:30:45 +08, mileage 1234.5 km
        byte[] body =
                HEX.parseHex(
                        "0000000200000003021230e806c5c8d40078028d005a261206153045010400003039");
        LocationReport r = LocationReport.decode(body);
        assertTrue(r.alarm(LocationReport.ALARM_OVERSPEED));
        assertFalse(r.alarm(LocationReport.ALARM_EMERGENCY));
        assertTrue(r.positioned());
        assertEquals(34.7466, r.latitudeDeg(), 1e-9);
        assertEquals(113.6253, r.longitudeDeg(), 1e-9);
        assertEquals(120, r.altitudeM());
        assertEquals(65.3, r.speedKmh(), 1e-9);
        assertEquals(90, r.directionDeg());
        assertEquals(Instant.parse("2026-12-06T07:30:45Z"), r.time());
        assertEquals(1234.5, r.mileageKm(), 1e-9);
        assertArrayEquals(body, r.encode());
    }

    @Test
    void southAndWestBitsGiveSigns() throws Exception {
        LocationReport r =
                new LocationReport(
                        0,
                        0b10,
                        -33.8688,
                        -70.6693,
                        -5,
                        0,
                        359,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Map.of());
        LocationReport back = LocationReport.decode(r.encode());
        assertTrue(back.statusBit(LocationReport.STATUS_SOUTH));
        assertTrue(back.statusBit(LocationReport.STATUS_WEST));
        assertEquals(-33.8688, back.latitudeDeg(), 1e-9);
        assertEquals(-70.6693, back.longitudeDeg(), 1e-9);
        assertEquals(-5, back.altitudeM());
    }

    @Test
    void truncatedLocationBodyNamesTheField() {
        byte[] body = HEX.parseHex("0000000200000003021230e806c5");
        Jt808FormatException e =
                assertThrows(Jt808FormatException.class, () -> LocationReport.decode(body));
        assertEquals(Jt808FormatException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().contains("longitude"), e.getMessage());
    }

    @Test
    void batchLocationRoundTripsAndRefusesTrailingBytes() throws Exception {
        LocationReport a =
                LocationReport.decode(
                        HEX.parseHex("0000000000000003021230e806c5c8d40078028d005a261206153045"));
        LocationReport b =
                new LocationReport(
                        0,
                        3,
                        34.75,
                        113.63,
                        100,
                        30.5,
                        180,
                        Instant.parse("2026-12-06T07:31:00Z"),
                        Map.of());
        BatchLocation batch = new BatchLocation(BatchLocation.BLIND_AREA_SUPPLEMENT, List.of(a, b));
        byte[] body = batch.encode();
        // count 2, type 1, first item length 28
        assertEquals("000201001c", HEX.formatHex(body, 0, 5));
        BatchLocation back = BatchLocation.decode(body);
        assertEquals(2, back.reports().size());
        assertEquals(30.5, back.reports().get(1).speedKmh(), 1e-9);

        byte[] longer = Arrays.copyOf(body, body.length + 2);
        assertEquals(
                Jt808FormatException.Reason.LENGTH_MISMATCH,
                assertThrows(Jt808FormatException.class, () -> BatchLocation.decode(longer))
                        .reason());
    }

    @Test
    void registrationCarriesAChinesePlateInGbk() throws Exception {
        Registration reg = new Registration(41, 100, "PWSIM", "PW-T1", "T0001", 2, "豫A12345");
        byte[] body = reg.encode(true);
        // province 0x0029, city 0x0064, then 11+30+30 fixed bytes, colour 2, plate 豫 = GBK d4a5
        assertEquals("00290064", HEX.formatHex(body, 0, 4));
        assertEquals("02d4a5", HEX.formatHex(body, 75, 78));
        assertEquals(reg, Registration.decode(body, true));
        assertEquals(
                new Registration(41, 100, "PWSIM", "PW-T1", "T0001", 2, "豫A12345"),
                Registration.decode(reg.encode(false), false));
    }

    @Test
    void authenticationAndResponsesRoundTrip() throws Exception {
        Authentication auth = new Authentication("码k3y-1", "860000000000001", "1.2.0");
        assertEquals(auth, Authentication.decode(auth.encode(true), true));
        // a character GBK cannot hold is refused, not sent as '?'
        assertThrows(
                IllegalArgumentException.class,
                () -> new Authentication("k3y-Åbc", "", "").encode(true));
        assertEquals(
                "abc",
                Authentication.decode(new Authentication("abc", "", "").encode(false), false)
                        .authCode());

        RegistrationResponse ok =
                new RegistrationResponse(7, RegistrationResponse.SUCCESS, "token-1");
        assertEquals("000700746f6b656e2d31", HEX.formatHex(ok.encode()));
        assertEquals(ok, RegistrationResponse.decode(ok.encode()));
        RegistrationResponse refused =
                new RegistrationResponse(7, RegistrationResponse.NO_SUCH_VEHICLE, "");
        assertEquals("000702", HEX.formatHex(refused.encode()));

        GeneralResponse g = new GeneralResponse(0x1234, 0x0200, GeneralResponse.OK);
        assertEquals("1234020000", HEX.formatHex(g.encode()));
        assertEquals(g, GeneralResponse.decode(g.encode()));
    }

    @Test
    void bodyLengthFieldMustMatch() throws Exception {
        byte[] wire = Jt808FrameCodec.encode(Jt808Header.of(0x0002, "1", 1), HEX.parseHex("0102"));
        byte[] content = Jt808Escaping.unescape(wire, 1, wire.length - 2);
        content[3] =
                0x05; // declares 5 body bytes, 2 present; fix the check code so only the length is
        // wrong
        content[content.length - 1] =
                (byte) Jt808Escaping.checkCode(content, 0, content.length - 1);
        Jt808FormatException e =
                assertThrows(Jt808FormatException.class, () -> Jt808FrameCodec.decode(content));
        assertEquals(Jt808FormatException.Reason.TRUNCATED, e.reason());
        assertTrue(e.getMessage().contains("5 bytes, 2 present"), e.getMessage());
    }
}
