package org.parkwatch.backend.history.wal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * The bytes of one write-ahead record. Three kinds, told apart by the first int:
 *
 * <ul>
 *   <li>{@code n ≥ 0}: a batch of {@code n} samples (tag, source time, status, value kind and
 *       value), without a mark (the format of earlier versions, still read);
 *   <li>{@value #MARKED}: a {@link BatchMark} (bridge, epoch or empty, seq), then a batch as above
 *       (possibly of no samples: a batch that brought nothing new still moves its bridge's mark);
 *   <li>{@value #MARKS}: the count of marks, then each mark: the newest mark of every bridge in the
 *       segments before this one, written first in each new segment so that deleting older segments
 *       never loses a mark.
 * </ul>
 */
final class SampleRecords {
    private static final int NULL = 0, DOUBLE = 1, FALSE = 2, TRUE = 3, TEXT = 4;
    static final int MARKED = -1;
    static final int MARKS = -2;

    /** A decoded record: its samples (none for a marks record) and its marks (none, one or all). */
    record Decoded(List<Sample> samples, List<BatchMark> marks) {}

    private SampleRecords() {}

    static byte[] encode(List<Sample> batch) {
        return encode(batch, null);
    }

    static byte[] encode(List<Sample> batch, BatchMark mark) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 32 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (mark != null) {
                out.writeInt(MARKED);
                writeMark(out, mark);
            }
            writeSamples(out, batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static byte[] encodeMarks(Collection<BatchMark> marks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(marks.size() * 64 + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MARKS);
            out.writeInt(marks.size());
            for (BatchMark m : marks) writeMark(out, m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeMark(DataOutputStream out, BatchMark m) throws IOException {
        out.writeUTF(m.bridgeKey());
        out.writeUTF(m.epoch() == null ? "" : m.epoch());
        out.writeLong(m.seq());
    }

    private static void writeSamples(DataOutputStream out, List<Sample> batch) throws IOException {
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
    }

    static List<Sample> decode(byte[] record) throws IOException {
        return decodeRecord(record).samples();
    }

    static Decoded decodeRecord(byte[] record) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
        int first = in.readInt();
        if (first == MARKS) {
            int n = in.readInt();
            if (n < 0 || n > record.length)
                throw new IOException(
                        "record claims " + n + " marks in " + record.length + " bytes");
            List<BatchMark> marks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) marks.add(readMark(in));
            return new Decoded(List.of(), marks);
        }
        if (first == MARKED) {
            BatchMark mark = readMark(in);
            return new Decoded(readSamples(in, in.readInt(), record.length), List.of(mark));
        }
        return new Decoded(readSamples(in, first, record.length), List.of());
    }

    private static BatchMark readMark(DataInputStream in) throws IOException {
        String key = in.readUTF();
        String epoch = in.readUTF();
        long seq = in.readLong();
        if (key.isEmpty()) throw new IOException("mark without a bridge");
        return new BatchMark(key, epoch.isEmpty() ? null : epoch, seq);
    }

    private static List<Sample> readSamples(DataInputStream in, int n, int recordBytes)
            throws IOException {
        if (n < 0 || n > recordBytes)
            throw new IOException("record claims " + n + " samples in " + recordBytes + " bytes");
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
