package org.parkwatch.bridge.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Reads a spool segment record by record and stops at the first record that is incomplete or fails
 * its CRC.
 */
final class SpoolScanner {
    /** The good part of a segment and how many bytes after it are to be truncated. */
    record Result(SpoolSegment segment, long truncatedBytes) {}

    private SpoolScanner() {}

    static int crc(long seq, byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(8).putLong(0, seq));
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Scans {@code file}; sequence numbers must grow and exceed {@code previousSeq}. */
    static Result scan(Path file, long previousSeq) throws IOException {
        SpoolSegment seg = new SpoolSegment(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            long prev = previousSeq;
            ByteBuffer header = ByteBuffer.allocate(DiskSpool.HEADER_BYTES);
            while (pos + DiskSpool.HEADER_BYTES <= size) {
                header.clear();
                readFully(ch, header, pos);
                int len = header.getInt(0);
                long seq = header.getLong(4);
                long end = pos + DiskSpool.HEADER_BYTES + (long) len + DiskSpool.TRAILER_BYTES;
                if (len < 0 || len > DiskSpool.MAX_RECORD_BYTES || end > size || seq <= prev) break;
                ByteBuffer body = ByteBuffer.allocate(len + DiskSpool.TRAILER_BYTES);
                readFully(ch, body, pos + DiskSpool.HEADER_BYTES);
                byte[] payload = new byte[len];
                body.get(0, payload);
                if (body.getInt(len) != crc(seq, payload)) break;
                seg.entries.add(new SpoolSegment.Entry(seq, pos, len));
                prev = seq;
                pos = end;
            }
            seg.sizeBytes = pos;
            return new Result(seg, size - pos);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0)
                throw new IOException("unexpected end of " + pos);
        }
    }
}
