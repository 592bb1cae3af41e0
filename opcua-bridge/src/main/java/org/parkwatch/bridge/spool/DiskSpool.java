package org.parkwatch.bridge.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded, crash-safe FIFO of encoded uplink batches on disk, and the keeper of the bridge's batch
 * sequence numbers.
 *
 * <p>Layout of the spool directory: segment files {@code seg-<firstSeq>.spool} and a small {@code
 * acked} file holding the highest sequence number the broker has acknowledged (PUBACK) together
 * with everything before it. A record is {@code [int payloadLength][long seq][payload][int
 * crc32(seq, payload)]}, big-endian. On open every segment is scanned; a record whose length or CRC
 * does not check (a crash mid-write) is truncated away with a warning, not a failure. The next
 * sequence number is one past the highest seen in a segment or in {@code acked}, so it grows across
 * restarts even when every segment has been acknowledged and deleted. An {@code epoch} file holds a
 * random id made with the spool: the sequence's epoch, sent with every batch, so the park tells a
 * spool that was lost (new epoch, seq from 0) from a replay of old batches (issue 19).
 *
 * <p>Bound: when an append would take the spool over {@code maxBytes}, whole oldest segments are
 * dropped, acknowledged or not; the loss is counted ({@link #droppedBatches()}) and logged at
 * ERROR. Thread-safe (all methods synchronized).
 */
public final class DiskSpool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiskSpool.class);
    static final int HEADER_BYTES = 12;
    static final int TRAILER_BYTES = 4;

    /** Largest payload a record may claim; anything bigger in a header is corruption. */
    static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private static final String ACKED_FILE = "acked";
    private static final String EPOCH_FILE = "epoch";
    private static final long PERIODIC_FSYNC_MS = 1000;
    private static final long ACK_PERSIST_MS = 500;

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final FsyncPolicy fsync;
    private final Deque<SpoolSegment> segments = new ArrayDeque<>();
    private final TreeSet<Long> earlyAcks = new TreeSet<>();
    private FileChannel tail;
    private long totalBytes;
    private long ackedSeq;
    private long lastSeq;
    private long droppedBatches;
    private long truncatedBytes;
    private long lastFsyncMs;
    private long lastAckPersistMs;
    private boolean ackDirty;
    private String epoch;

    private DiskSpool(Path dir, long maxBytes, FsyncPolicy fsync) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(64 * 1024, Math.min(64L * 1024 * 1024, maxBytes / 8));
        this.fsync = fsync;
    }

    /** Opens (creating if needed) the spool in {@code dir}, recovering from a crash mid-write. */
    public static DiskSpool open(Path dir, long maxBytes, FsyncPolicy fsync) throws IOException {
        Files.createDirectories(dir);
        DiskSpool spool = new DiskSpool(dir, maxBytes, fsync);
        spool.recover();
        return spool;
    }

    private void recover() throws IOException {
        epoch = readOrMakeEpoch();
        ackedSeq = readAcked();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files =
                    s.filter(p -> p.getFileName().toString().matches("seg-\\d{20}\\.spool"))
                            .sorted()
                            .toList();
        }
        long segmentSeq = -1;
        for (Path f : files) {
            SpoolScanner.Result seg = SpoolScanner.scan(f, segmentSeq);
            if (seg.truncatedBytes() > 0) {
                truncatedBytes += seg.truncatedBytes();
                LOG.warn(
                        "spool {}: corrupt or partial record at byte {} ({} bytes after it discarded; a crash mid-write?)",
                        f,
                        seg.segment().sizeBytes,
                        seg.truncatedBytes());
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.truncate(seg.segment().sizeBytes);
                    ch.force(true);
                }
            }
            if (seg.segment().entries.isEmpty()) {
                Files.delete(f);
                continue;
            }
            segments.addLast(seg.segment());
            totalBytes += seg.segment().sizeBytes;
            segmentSeq = seg.segment().lastSeq();
        }
        lastSeq = Math.max(ackedSeq, segmentSeq);
        LOG.info(
                "spool {} opened: {} segment(s), {} bytes, acked up to seq {}, next seq {}, {} batch(es) pending",
                dir,
                segments.size(),
                totalBytes,
                ackedSeq,
                lastSeq + 1,
                pendingCount());
        deleteAckedSegments();
    }

    /**
     * Assigns the next sequence number, asks {@code payloadForSeq} for the record's payload and
     * appends it durably (per the fsync policy). Returns the sequence number.
     */
    public synchronized long append(LongFunction<byte[]> payloadForSeq) throws IOException {
        long seq = lastSeq + 1;
        byte[] payload = payloadForSeq.apply(seq);
        int recordBytes = HEADER_BYTES + payload.length + TRAILER_BYTES;
        if (payload.length > MAX_RECORD_BYTES)
            throw new IOException("batch of " + payload.length + " bytes too large");
        makeRoom(recordBytes);
        if (tail == null || segments.getLast().sizeBytes + recordBytes > segmentBytes) roll(seq);
        SpoolSegment seg = segments.getLast();
        ByteBuffer buf = ByteBuffer.allocate(recordBytes);
        buf.putInt(payload.length)
                .putLong(seq)
                .put(payload)
                .putInt(SpoolScanner.crc(seq, payload))
                .flip();
        long offset = seg.sizeBytes;
        while (buf.hasRemaining()) tail.write(buf, offset + buf.position());
        maybeFsync();
        seg.entries.add(new SpoolSegment.Entry(seq, offset, payload.length));
        seg.sizeBytes += recordBytes;
        totalBytes += recordBytes;
        lastSeq = seq;
        return seq;
    }

    private void makeRoom(int recordBytes) throws IOException {
        while (totalBytes + recordBytes > maxBytes && !segments.isEmpty()) {
            if (segments.size() == 1 && tail != null) {
                closeTail(); // the next append starts a new segment, so the full one can go
            }
            SpoolSegment oldest = segments.removeFirst();
            long lost = oldest.entries.stream().filter(e -> e.seq() > ackedSeq).count();
            droppedBatches += lost;
            totalBytes -= oldest.sizeBytes;
            if (oldest.lastSeq() > ackedSeq) {
                ackedSeq = oldest.lastSeq();
                earlyAcks.headSet(ackedSeq, true).clear();
                persistAcked();
            }
            Files.deleteIfExists(oldest.path);
            if (lost > 0) {
                LOG.error(
                        "SPOOL FULL ({} bytes max): dropped segment {} with {} unsent batch(es), seq {}..{}; "
                                + "{} batch(es) lost so far",
                        maxBytes,
                        oldest.path.getFileName(),
                        lost,
                        oldest.firstSeq(),
                        oldest.lastSeq(),
                        droppedBatches);
            }
        }
    }

    private void roll(long firstSeq) throws IOException {
        closeTail();
        SpoolSegment seg = new SpoolSegment(dir.resolve(SpoolSegment.fileName(firstSeq)));
        tail =
                FileChannel.open(
                        seg.path,
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
        segments.addLast(seg);
    }

    private void closeTail() throws IOException {
        if (tail != null) {
            if (fsync != FsyncPolicy.NONE) tail.force(false);
            tail.close();
            tail = null;
        }
    }

    private void maybeFsync() throws IOException {
        if (fsync == FsyncPolicy.EVERY_BATCH) {
            tail.force(false);
        } else if (fsync == FsyncPolicy.PERIODIC) {
            long now = System.currentTimeMillis();
            if (now - lastFsyncMs >= PERIODIC_FSYNC_MS) {
                tail.force(false);
                lastFsyncMs = now;
            }
        }
    }

    /**
     * Up to {@code max} not yet acknowledged batches with a sequence number above {@code afterSeq},
     * in order.
     */
    public synchronized List<SpooledBatch> pendingAfter(long afterSeq, int max) throws IOException {
        long from = Math.max(afterSeq, ackedSeq);
        List<SpooledBatch> out = new ArrayList<>();
        for (SpoolSegment seg : segments) {
            if (seg.lastSeq() <= from) continue;
            try (FileChannel ch = FileChannel.open(seg.path, StandardOpenOption.READ)) {
                for (SpoolSegment.Entry e : seg.entries) {
                    if (e.seq() <= from || earlyAcks.contains(e.seq())) continue;
                    ByteBuffer buf = ByteBuffer.allocate(e.length());
                    long pos = e.offset() + HEADER_BYTES;
                    while (buf.hasRemaining()) {
                        if (ch.read(buf, pos + buf.position()) < 0)
                            throw new IOException("spool segment shrank: " + seg.path);
                    }
                    out.add(new SpooledBatch(e.seq(), buf.array()));
                    if (out.size() >= max) return out;
                }
            }
        }
        return out;
    }

    /**
     * Records the broker's acknowledgement of batch {@code seq}; segments wholly acknowledged are
     * deleted.
     */
    public synchronized void ack(long seq) {
        if (seq <= ackedSeq) return;
        earlyAcks.add(seq);
        while (!earlyAcks.isEmpty() && earlyAcks.first() == ackedSeq + 1) {
            ackedSeq = earlyAcks.pollFirst();
        }
        ackDirty = true;
        try {
            if (deleteAckedSegments()
                    || System.currentTimeMillis() - lastAckPersistMs >= ACK_PERSIST_MS) {
                persistAcked();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("spool " + dir + ": cannot record acknowledgement", e);
        }
    }

    private boolean deleteAckedSegments() throws IOException {
        boolean deleted = false;
        while (!segments.isEmpty()
                && segments.getFirst().lastSeq() <= ackedSeq
                && !(segments.size() == 1 && tail != null)) {
            if (!deleted)
                persistAcked(); // acked must be on disk before the records that prove it go away
            SpoolSegment seg = segments.removeFirst();
            totalBytes -= seg.sizeBytes;
            Files.deleteIfExists(seg.path);
            deleted = true;
        }
        return deleted;
    }

    private void persistAcked() throws IOException {
        Path tmp = dir.resolve(ACKED_FILE + ".tmp");
        Files.writeString(tmp, Long.toString(ackedSeq), StandardCharsets.US_ASCII);
        Files.move(
                tmp,
                dir.resolve(ACKED_FILE),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        lastAckPersistMs = System.currentTimeMillis();
        ackDirty = false;
    }

    private long readAcked() throws IOException {
        Path f = dir.resolve(ACKED_FILE);
        if (!Files.exists(f)) return -1;
        String text = Files.readString(f, StandardCharsets.US_ASCII).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            LOG.warn(
                    "spool {}: unreadable acked file '{}', replaying every batch on disk",
                    dir,
                    text);
            return -1;
        }
    }

    /**
     * Housekeeping the owner calls often (the uplink's send loop does, several times a second):
     * under the periodic policy forces appended records to disk once {@value #PERIODIC_FSYNC_MS} ms
     * have passed since the last force, and writes a changed acknowledgement once {@value
     * #ACK_PERSIST_MS} ms have passed since the last write.
     */
    public synchronized void sync() throws IOException {
        long now = System.currentTimeMillis();
        if (fsync == FsyncPolicy.PERIODIC
                && tail != null
                && now - lastFsyncMs >= PERIODIC_FSYNC_MS) {
            tail.force(false);
            lastFsyncMs = now;
        }
        if (ackDirty && now - lastAckPersistMs >= ACK_PERSIST_MS) persistAcked();
    }

    public synchronized long ackedSeq() {
        return ackedSeq;
    }

    /**
     * The sequence's epoch: a random id made with this spool (16 hex digits), the same across
     * restarts.
     */
    public String epoch() {
        return epoch;
    }

    private String readOrMakeEpoch() throws IOException {
        Path f = dir.resolve(EPOCH_FILE);
        if (Files.exists(f)) {
            String e = Files.readString(f, StandardCharsets.US_ASCII).strip();
            if (e.matches("[0-9a-f]{16}")) return e;
            LOG.warn("spool {}: epoch file unreadable ('{}'); a new epoch starts", dir, e);
        }
        String fresh = String.format("%016x", new java.security.SecureRandom().nextLong());
        Path tmp = dir.resolve(EPOCH_FILE + ".tmp");
        try (FileChannel ch =
                FileChannel.open(
                        tmp,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(ByteBuffer.wrap(fresh.getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("spool {}: new sequence epoch {}", dir, fresh);
        return fresh;
    }

    /** Highest sequence number ever assigned (-1 before the first batch of a new spool). */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** Batches appended but not yet acknowledged. */
    public synchronized long pendingCount() {
        long n = 0;
        for (SpoolSegment seg : segments) {
            for (SpoolSegment.Entry e : seg.entries)
                if (e.seq() > ackedSeq && !earlyAcks.contains(e.seq())) n++;
        }
        return n;
    }

    /**
     * Bytes on disk in segment files (acknowledged records included until their segment is
     * deleted).
     */
    public synchronized long sizeBytes() {
        return totalBytes;
    }

    public synchronized long droppedBatches() {
        return droppedBatches;
    }

    /** Bytes discarded as corrupt when the spool was opened. */
    public synchronized long truncatedBytes() {
        return truncatedBytes;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() throws IOException {
        closeTail();
        persistAcked();
    }
}
