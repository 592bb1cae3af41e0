package org.parkwatch.bridge.spool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One segment file of the {@link DiskSpool} and the positions of its records (kept in memory,
 * rebuilt on open).
 */
final class SpoolSegment {
    /**
     * Position of one record: its sequence number, the file offset of its header, its payload
     * length.
     */
    record Entry(long seq, long offset, int length) {}

    final Path path;
    final List<Entry> entries = new ArrayList<>();
    long sizeBytes;

    SpoolSegment(Path path) {
        this.path = path;
    }

    long firstSeq() {
        return entries.isEmpty() ? -1 : entries.get(0).seq();
    }

    long lastSeq() {
        return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).seq();
    }

    static String fileName(long firstSeq) {
        return String.format("seg-%020d.spool", firstSeq);
    }
}
