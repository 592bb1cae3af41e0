package org.parkwatch.model.logistics.jt808;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Location basic information (JT/T 808-2019 §8.18, message 0x0200; also each item of 0x0704): alarm
 * flags, status, position, altitude, speed, direction, time, then additional items kept as raw id →
 * bytes.
 *
 * @param alarmFlags the 32 alarm bits ({@link #ALARM_EMERGENCY}…)
 * @param status the 32 status bits ({@link #STATUS_POSITIONED}…)
 * @param latitudeDeg WGS-84 latitude in degrees, negative south (the wire carries the magnitude ×
 *     10⁶ and the south bit)
 * @param longitudeDeg WGS-84 longitude in degrees, negative west
 * @param altitudeM altitude above sea level, m
 * @param speedKmh speed in km/h (the wire carries 1/10 km/h)
 * @param directionDeg course over ground, 0–359°, 0 = north, clockwise
 * @param time the fix time (the wire carries Beijing time, BCD)
 * @param extras additional information items, id → value bytes, in wire order
 */
public record LocationReport(
        long alarmFlags,
        long status,
        double latitudeDeg,
        double longitudeDeg,
        int altitudeM,
        double speedKmh,
        int directionDeg,
        Instant time,
        Map<Integer, byte[]> extras) {

    /** Alarm bit 0: emergency alarm, triggered by the alarm switch. */
    public static final int ALARM_EMERGENCY = 0;

    /** Alarm bit 1: over-speed alarm. */
    public static final int ALARM_OVERSPEED = 1;

    /** Alarm bit 2: fatigue driving alarm. */
    public static final int ALARM_FATIGUE = 2;

    /** Alarm bit 19: overtime parking. */
    public static final int ALARM_OVERTIME_PARKING = 19;

    /** Alarm bit 20: entering or leaving an area. */
    public static final int ALARM_AREA = 20;

    /** Alarm bit 21: entering or leaving a route. */
    public static final int ALARM_ROUTE = 21;

    /** Alarm bit 23: route deviation. */
    public static final int ALARM_ROUTE_DEVIATION = 23;

    /** Status bit 0: ACC on. */
    public static final int STATUS_ACC_ON = 0;

    /** Status bit 1: positioned (a valid fix). */
    public static final int STATUS_POSITIONED = 1;

    /** Status bit 2: south latitude. */
    public static final int STATUS_SOUTH = 2;

    /** Status bit 3: west longitude. */
    public static final int STATUS_WEST = 3;

    /** Additional item 0x01: mileage, DWORD, 1/10 km. */
    public static final int EXTRA_MILEAGE = 0x01;

    public LocationReport {
        extras =
                extras.isEmpty()
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** Whether alarm bit {@code bit} is set. */
    public boolean alarm(int bit) {
        return (alarmFlags >>> bit & 1L) == 1L;
    }

    /** Whether status bit {@code bit} is set. */
    public boolean statusBit(int bit) {
        return (status >>> bit & 1L) == 1L;
    }

    /**
     * A valid fix: the terminal says it is positioned. Positions without a fix must not move a
     * truck.
     */
    public boolean positioned() {
        return statusBit(STATUS_POSITIONED);
    }

    /** The mileage item in km, or NaN when the terminal did not send it. */
    public double mileageKm() {
        byte[] v = extras.get(EXTRA_MILEAGE);
        if (v == null || v.length != 4) {
            return Double.NaN;
        }
        long raw =
                ((long) (v[0] & 0xff) << 24)
                        | ((v[1] & 0xff) << 16)
                        | ((v[2] & 0xff) << 8)
                        | (v[3] & 0xff);
        return raw / 10.0;
    }

    /** Parses one location body (the whole body of 0x0200, or one item of 0x0704). */
    public static LocationReport decode(byte[] body) throws Jt808FormatException {
        return decode(new BodyReader(body, 0, body.length));
    }

    static LocationReport decode(BodyReader in) throws Jt808FormatException {
        long alarm = in.u32("alarm flags");
        long status = in.u32("status");
        double lat = in.u32("latitude") / 1e6;
        double lon = in.u32("longitude") / 1e6;
        int altitude = (short) in.u16("altitude");
        double speed = in.u16("speed") / 10.0;
        int direction = in.u16("direction");
        Instant time = in.time("time");
        if (lat > 90 || lon > 180) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.BAD_FIELD,
                    "latitude " + lat + " or longitude " + lon + " outside the globe");
        }
        Map<Integer, byte[]> extras = in.remaining() > 0 ? new WireItems() : Map.of();
        while (in.remaining() > 0) {
            int id = in.u8("additional item id");
            int length = in.u8("additional item length");
            // the item's name is formatted only for a refusal: this runs for every item of every
            // report
            String field =
                    in.remaining() < length
                            ? String.format("additional item 0x%02x", id)
                            : "additional item";
            extras.put(id, in.bytes(length, field));
        }
        boolean south = (status >>> STATUS_SOUTH & 1L) == 1L;
        boolean west = (status >>> STATUS_WEST & 1L) == 1L;
        return new LocationReport(
                alarm,
                status,
                south ? -lat : lat,
                west ? -lon : lon,
                altitude,
                speed,
                direction,
                time,
                extras);
    }

    /** The items {@link #decode} read: made and filled there only, never seen by anyone else. */
    private static final class WireItems extends LinkedHashMap<Integer, byte[]> {
        private static final long serialVersionUID = 1L;

        WireItems() {
            super(8);
        }
    }

    /** The body bytes; the south and west bits follow the signs of the coordinates. */
    public byte[] encode() {
        BodyWriter out = new BodyWriter();
        writeTo(out);
        return out.toBytes();
    }

    void writeTo(BodyWriter out) {
        long s = status & ~(1L << STATUS_SOUTH) & ~(1L << STATUS_WEST);
        if (latitudeDeg < 0) {
            s |= 1L << STATUS_SOUTH;
        }
        if (longitudeDeg < 0) {
            s |= 1L << STATUS_WEST;
        }
        out.u32(alarmFlags)
                .u32(s)
                .u32(Math.round(Math.abs(latitudeDeg) * 1e6))
                .u32(Math.round(Math.abs(longitudeDeg) * 1e6))
                .u16(altitudeM & 0xffff)
                .u16((int) Math.round(speedKmh * 10))
                .u16(directionDeg)
                .time(time);
        for (Map.Entry<Integer, byte[]> e : extras.entrySet()) {
            out.u8(e.getKey()).u8(e.getValue().length).bytes(e.getValue());
        }
    }
}
