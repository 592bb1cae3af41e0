package org.parkwatch.backend.history.wal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * The bytes of one write-ahead record: a batch of samples (tag, source time, status, value kind and
 * value).
 */
final class SampleRecords {
    private static final int NULL = 0, DOUBLE = 1, FALSE = 2, TRUE = 3, TEXT = 4;

    private SampleRecords() {}

    static byte[] encode(List<Sample> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 32 + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(batch.size());
            for (Sample s : batch) {
                out.writeUTF(s.tagId());
                out.writeLong(s.sourceTimeMs());
                out.writeLong(s.status());
                Object v = s.value();
                if (v == null) out.writeByte(NULL);
                else if (v instanceof Double d) {
                    out.writeByte(DOUBLE);
                    out.writeLong(Double.doubleToRawLongBits(d));
                } else if (v instanceof Boolean b) out.writeByte(b ? TRUE : FALSE);
                else {
                    out.writeByte(TEXT);
                    out.writeUTF((String) v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static List<Sample> decode(byte[] record) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
        int n = in.readInt();
        if (n < 0 || n > record.length)
            throw new IOException("record claims " + n + " samples in " + record.length + " bytes");
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String tag = in.readUTF();
            long ts = in.readLong();
            long status = in.readLong();
            int kind = in.readByte();
            Object v =
                    switch (kind) {
                        case NULL -> null;
                        case DOUBLE -> Double.longBitsToDouble(in.readLong());
                        case FALSE -> Boolean.FALSE;
                        case TRUE -> Boolean.TRUE;
                        case TEXT -> in.readUTF();
                        default -> throw new IOException("unknown value kind " + kind);
                    };
            out.add(new Sample(tag, v, ts, status));
        }
        return out;
    }
}
