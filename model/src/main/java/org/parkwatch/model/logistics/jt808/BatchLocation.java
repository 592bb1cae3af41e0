package org.parkwatch.model.logistics.jt808;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch upload of location data (JT/T 808-2019 §8.48, message 0x0704): a count, a type (0 normal
 * batch, 1 blind-area supplement — positions stored while the truck had no network), then each
 * location body preceded by its length.
 */
public record BatchLocation(int type, List<LocationReport> reports) {
    /** Type 1: positions the terminal kept while it had no link. */
    public static final int BLIND_AREA_SUPPLEMENT = 1;

    public BatchLocation {
        reports = List.copyOf(reports);
    }

    public static BatchLocation decode(byte[] body) throws Jt808FormatException {
        BodyReader in = new BodyReader(body, 0, body.length);
        int count = in.u16("item count");
        int type = in.u8("location data type");
        List<LocationReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.u16("item " + i + " length");
            byte[] item = in.bytes(length, "item " + i);
            reports.add(LocationReport.decode(item));
        }
        if (in.remaining() != 0) {
            throw new Jt808FormatException(
                    Jt808FormatException.Reason.LENGTH_MISMATCH,
                    in.remaining() + " bytes after the " + count + " declared items");
        }
        return new BatchLocation(type, reports);
    }

    public byte[] encode() {
        BodyWriter out = new BodyWriter().u16(reports.size()).u8(type);
        for (LocationReport r : reports) {
            byte[] item = r.encode();
            out.u16(item.length).bytes(item);
        }
        return out.toBytes();
    }
}
