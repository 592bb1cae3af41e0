package org.parkwatch.backend.history.wal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
 *       never loses a mark;
 *   <li>{@value #COMPACT} (what the log writes since issue 13's write-rate work, about 12 bytes a
 *       sample instead of 40): a byte 1 and a mark, or a byte 0; the sample count (varint); each
 *       sample as its tag's index in the segment's tag dictionary (varint; the next free index is
 *       followed by the tag's name, which enters the dictionary: a segment names each tag once),
 *       the source time as a zig-zag varint difference from the previous sample's (the first from
 *       0), the status (varint), the value kind byte and the value (8 bytes for a double, a
 *       length-prefixed UTF-8 text). The dictionary lives as long as the segment: a reader of a
 *       segment reads its records in order ({@link SegmentReader}).
 * </ul>
 */
final class SampleRecords {
    private static final int NULL = 0, DOUBLE = 1, FALSE = 2, TRUE = 3, TEXT = 4;
    static final int MARKED = -1;
    static final int MARKS = -2;
    static final int COMPACT = -3;

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

    /**
     * Encodes a {@value #COMPACT} record into {@code out} (reset first); {@code tags} is the
     * segment's dictionary, to which new tags are added. When {@code numbers} is given, each
     * sample's number in that dictionary is written to it (the caller's open columns use them).
     */
    static void encodeCompact(
            RecordBuffer out, List<Sample> batch, BatchMark mark, TagIndex tags, int[] numbers) {
        out.reset();
        out.int32(COMPACT);
        if (mark == null) out.byte8(0);
        else {
            out.byte8(1);
            out.text(mark.bridgeKey());
            out.text(mark.epoch() == null ? "" : mark.epoch());
            out.int64(mark.seq());
        }
        int n = batch.size();
        out.varLong(n);
        long prev = 0;
        for (int i = 0; i < n; i++) {
            Sample s = batch.get(i);
            int known = tags.size();
            int index = tags.add(s.tagId());
            if (numbers != null) numbers[i] = index;
            out.varLong(index);
            if (index == known) out.text(s.tagId()); // new in this segment: named once
            out.signedVarLong(s.sourceTimeMs() - prev);
            prev = s.sourceTimeMs();
            out.varLong(s.status());
            Object v = s.value();
            if (v == null) out.byte8(NULL);
            else if (v instanceof Double d) {
                out.byte8(DOUBLE);
                out.int64(Double.doubleToRawLongBits(d));
            } else if (v instanceof Boolean b) out.byte8(b ? TRUE : FALSE);
            else {
                out.byte8(TEXT);
                out.text((String) v);
            }
        }
    }

    static List<Sample> decode(byte[] record) throws IOException {
        return decodeRecord(record, new ArrayList<>()).samples();
    }

    static Decoded decodeRecord(byte[] record) throws IOException {
        return decodeRecord(record, new ArrayList<>());
    }

    /**
     * Decodes one record; {@code tags} is the dictionary of the segment so far (records in file
     * order), which a {@value #COMPACT} record extends.
     */
    static Decoded decodeRecord(byte[] record, List<String> tags) throws IOException {
        if (record.length >= 4 && ByteBuffer.wrap(record).getInt() == COMPACT)
            return decodeCompact(ByteBuffer.wrap(record, 4, record.length - 4), tags, record);
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

    private static Decoded decodeCompact(ByteBuffer in, List<String> tags, byte[] record)
            throws IOException {
        try {
            List<BatchMark> marks = List.of();
            if (in.get() == 1) {
                String key = text(in);
                String epoch = text(in);
                long seq = in.getLong();
                if (key.isEmpty()) throw new IOException("mark without a bridge");
                marks = List.of(new BatchMark(key, epoch.isEmpty() ? null : epoch, seq));
            }
            long n = varLong(in);
            if (n < 0 || n > record.length)
                throw new IOException(
                        "record claims " + n + " samples in " + record.length + " bytes");
            List<Sample> out = new ArrayList<>((int) n);
            long time = 0;
            for (int i = 0; i < n; i++) {
                long index = varLong(in);
                if (index == tags.size()) tags.add(text(in));
                else if (index < 0 || index > tags.size())
                    throw new IOException("tag index " + index + " beyond the dictionary");
                String tag = tags.get((int) index);
                long z = varLong(in);
                time += (z >>> 1) ^ -(z & 1);
                long status = varLong(in);
                int kind = in.get();
                Object v =
                        switch (kind) {
                            case NULL -> null;
                            case DOUBLE -> Double.longBitsToDouble(in.getLong());
                            case FALSE -> Boolean.FALSE;
                            case TRUE -> Boolean.TRUE;
                            case TEXT -> text(in);
                            default -> throw new IOException("unknown value kind " + kind);
                        };
                out.add(new Sample(tag, v, time, status));
            }
            return new Decoded(out, marks);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("record cut short", e);
        }
    }

    private static long varLong(ByteBuffer in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) return v;
        }
        throw new IOException("varint longer than 64 bits");
    }

    private static String text(ByteBuffer in) throws IOException {
        long len = varLong(in);
        if (len < 0 || len > in.remaining()) throw new IOException("text length " + len);
        byte[] utf8 = new byte[(int) len];
        in.get(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
