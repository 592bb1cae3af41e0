package org.parkwatch.model.logistics.jt808;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * 8421 BCD as JT/T 808 uses it (§4.2): two decimal digits a byte, high nibble first. Terminal phone
 * numbers (BCD[6] in 2013, BCD[10] in 2019) and times (BCD[6] YYMMDDhhmmss in GMT+8, §8.18 table
 * 23).
 */
public final class Bcd {
    /** The standard's times are Beijing time (GMT+8), whatever the server's zone. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private Bcd() {}

    /** The digits of {@code length} BCD bytes. */
    public static String digits(byte[] bytes, int offset, int length) throws Jt808FormatException {
        return digits(bytes, offset, length, false);
    }

    /**
     * The digits of {@code length} BCD bytes without leading zeros (one zero stays when all are): a
     * terminal phone number as the link names the terminal.
     */
    public static String number(byte[] bytes, int offset, int length) throws Jt808FormatException {
        return digits(bytes, offset, length, true);
    }

    private static String digits(byte[] bytes, int offset, int length, boolean stripZeros)
            throws Jt808FormatException {
        byte[] ascii = new byte[length * 2];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            int hi = (bytes[i] >> 4) & 0x0f;
            int lo = bytes[i] & 0x0f;
            if (hi > 9 || lo > 9) {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_FIELD,
                        String.format("byte 0x%02x at %d is not BCD", bytes[i] & 0xff, i));
            }
            if (n > 0 || hi != 0 || !stripZeros) ascii[n++] = (byte) ('0' + hi);
            if (n > 0 || lo != 0 || !stripZeros) ascii[n++] = (byte) ('0' + lo);
        }
        if (n == 0 && ascii.length > 0) ascii[n++] = '0';
        return new String(ascii, 0, n, StandardCharsets.US_ASCII);
    }

    /** {@code digits} left-padded with zeros to {@code length} bytes. */
    public static byte[] encode(String digits, int length) {
        byte[] out = new byte[length];
        encode(digits, out, 0, length);
        return out;
    }

    /**
     * Writes {@code digits} left-padded with zeros as {@code length} BCD bytes at {@code offset}.
     */
    public static void encode(String digits, byte[] out, int offset, int length) {
        int pad = length * 2 - digits.length();
        boolean decimal = true;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            decimal &= c >= '0' && c <= '9';
        }
        if (pad < 0 || !decimal) {
            throw new IllegalArgumentException(
                    "'" + digits + "' is not at most " + length * 2 + " decimal digits");
        }
        for (int i = 0; i < length; i++) {
            out[offset + i] =
                    (byte) (digit(digits, 2 * i - pad) << 4 | digit(digits, 2 * i + 1 - pad));
        }
    }

    /** The value of the digit at {@code i}, 0 left of the string. */
    private static int digit(String digits, int i) {
        return i < 0 ? 0 : digits.charAt(i) - '0';
    }

    private static final int SECONDS_PER_DAY = 86_400;

    /** A BCD[6] YYMMDDhhmmss Beijing time; years are 2000–2099. */
    public static Instant time(byte[] bytes, int offset) throws Jt808FormatException {
        // read as numbers, not through a string: a location report's hot path (one per report)
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            int hi = (bytes[offset + i] >> 4) & 0x0f;
            int lo = bytes[offset + i] & 0x0f;
            if (hi > 9 || lo > 9) {
                throw badTime(bytes, offset);
            }
            f[i] = hi * 10 + lo;
        }
        if (f[3] > 23 || f[4] > 59 || f[5] > 59) {
            throw badTime(bytes, offset);
        }
        long day;
        try {
            day = LocalDate.of(2000 + f[0], f[1], f[2]).toEpochDay();
        } catch (DateTimeException e) {
            throw badTime(bytes, offset);
        }
        long local = day * SECONDS_PER_DAY + f[3] * 3600L + f[4] * 60L + f[5];
        return Instant.ofEpochSecond(local - BEIJING.getTotalSeconds());
    }

    private static Jt808FormatException badTime(byte[] bytes, int offset) {
        StringBuilder d = new StringBuilder(12);
        for (int i = 0; i < 6; i++) d.append(String.format("%02x", bytes[offset + i] & 0xff));
        return new Jt808FormatException(
                Jt808FormatException.Reason.BAD_FIELD,
                "time " + d + " is not a valid YYMMDDhhmmss");
    }

    /** The BCD[6] of {@code time} in Beijing time, to the second. */
    public static byte[] time(Instant time) {
        LocalDateTime t = LocalDateTime.ofInstant(time, BEIJING);
        if (t.getYear() < 2000 || t.getYear() > 2099) {
            throw new IllegalArgumentException(
                    time + " is outside 2000–2099, which BCD[6] cannot hold");
        }
        int[] f = {
            t.getYear() - 2000,
            t.getMonthValue(),
            t.getDayOfMonth(),
            t.getHour(),
            t.getMinute(),
            t.getSecond()
        };
        byte[] out = new byte[6];
        for (int i = 0; i < 6; i++) out[i] = (byte) ((f[i] / 10) << 4 | f[i] % 10);
        return out;
    }
}
