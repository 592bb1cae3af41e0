package org.parkwatch.model.logistics.jt808;

import java.time.DateTimeException;
import java.time.Instant;
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
        StringBuilder s = new StringBuilder(length * 2);
        for (int i = offset; i < offset + length; i++) {
            int hi = (bytes[i] >> 4) & 0x0f;
            int lo = bytes[i] & 0x0f;
            if (hi > 9 || lo > 9) {
                throw new Jt808FormatException(
                        Jt808FormatException.Reason.BAD_FIELD,
                        String.format("byte 0x%02x at %d is not BCD", bytes[i] & 0xff, i));
            }
            s.append((char) ('0' + hi)).append((char) ('0' + lo));
        }
        return s.toString();
    }

    /** {@code digits} left-padded with zeros to {@code length} bytes. */
    public static byte[] encode(String digits, int length) {
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > length * 2) {
            throw new IllegalArgumentException(
                    "'" + digits + "' is not at most " + length * 2 + " decimal digits");
        }
        String padded = "0".repeat(length * 2 - digits.length()) + digits;
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] =
                    (byte) (((padded.charAt(2 * i) - '0') << 4) | (padded.charAt(2 * i + 1) - '0'));
        }
        return out;
    }

    /** A BCD[6] YYMMDDhhmmss Beijing time; years are 2000–2099. */
    public static Instant time(byte[] bytes, int offset) throws Jt808FormatException {
        String d = digits(bytes, offset, 6);
        try {
            LocalDateTime t =
                    LocalDateTime.of(
                            2000 + Integer.parseInt(d.substring(0, 2)),
                            Integer.parseInt(d.substring(2, 4)),
                            Integer.parseInt(d.substring(4, 6)),
                            Integer.parseInt(d.substring(6, 8)),
                            Integer.parseInt(d.substring(8, 10)),
                            Integer.parseInt(d.substring(10, 12)));
            return t.toInstant(BEIJING);
        } catch (DateTimeException | NumberFormatException e) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.BAD_FIELD,
                    "time " + d + " is not a valid YYMMDDhhmmss");
        }
    }

    /** The BCD[6] of {@code time} in Beijing time, to the second. */
    public static byte[] time(Instant time) {
        LocalDateTime t = LocalDateTime.ofInstant(time, BEIJING);
        if (t.getYear() < 2000 || t.getYear() > 2099) {
            throw new IllegalArgumentException(
                    time + " is outside 2000–2099, which BCD[6] cannot hold");
        }
        return encode(
                String.format(
                        "%02d%02d%02d%02d%02d%02d",
                        t.getYear() - 2000,
                        t.getMonthValue(),
                        t.getDayOfMonth(),
                        t.getHour(),
                        t.getMinute(),
                        t.getSecond()),
                6);
    }
}
