package org.parkwatch.backend.history.wal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the records of one segment file until its end or the first torn or corrupt record. */
final class SegmentReader {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentReader.class);

    private SegmentReader() {}

    static long read(Path file, Consumer<List<Sample>> consumer) throws IOException {
        return read(file, consumer, m -> {});
    }

    /**
     * Hands each record's samples (when it has any) to {@code consumer} and its marks to {@code
     * marks}, in file order; returns the number of samples read.
     */
    static long read(Path file, Consumer<List<Sample>> consumer, Consumer<BatchMark> marks)
            throws IOException {
        long samples = 0, offset = 0;
        List<String> tags = new java.util.ArrayList<>(); // the segment's tag dictionary
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return samples;
                }
                int crc = readIntOrTorn(in);
                if (length < 4 || length > WriteAheadLog.MAX_RECORD_BYTES) {
                    return torn(file, offset, "length " + length, samples);
                }
                byte[] payload = new byte[length];
                try {
                    in.readFully(payload);
                } catch (EOFException e) {
                    return torn(file, offset, "record cut short", samples);
                }
                CRC32 c = new CRC32();
                c.update(payload);
                if ((int) c.getValue() != crc)
                    return torn(file, offset, "CRC-32 mismatch", samples);
                SampleRecords.Decoded record = SampleRecords.decodeRecord(payload, tags);
                record.marks().forEach(marks);
                if (!record.samples().isEmpty()) consumer.accept(record.samples());
                samples += record.samples().size();
                offset += 8L + length;
            }
        }
    }

    private static int readIntOrTorn(DataInputStream in) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            return 0;
        }
    }

    private static long torn(Path file, long offset, String why, long samples) {
        LOG.warn(
                "write-ahead segment {}: replay stops at byte {} ({}); that record was never acknowledged",
                file.getFileName(),
                offset,
                why);
        return samples;
    }
}
