package org.parkwatch.backend.history.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of sample batches on local disk, in numbered segment files. Each batch is one
 * record {@code [length int][CRC-32 int][payload]}.
 *
 * <p><b>Delivery contract</b>: {@link #append} writes the record to the file before it returns, so
 * the batch is in the operating system's page cache and survives the death of this process (kill
 * -9). A background thread does group commit: one {@code fsync} for every record written since its
 * last pass. The returned future completes once the batch is fsynced, so it survives a power loss
 * as well. A caller that acknowledges upstream (an MQTT PUBACK, say) after the future completes
 * loses nothing in either case. If the write or the fsync fails, the future completes
 * exceptionally. The batch must then be treated as not stored, and the log refuses later appends.
 * {@link #appendAndSync} is the blocking form.
 *
 * <p><b>Segments</b>: {@link #rotate} closes the current segment. Later appends go into the next
 * one. The order of {@code append} and {@code rotate} calls, even from different threads, is the
 * order in the files. When the owner has stored the contents of segments up to {@code n} elsewhere,
 * {@link #deleteThrough}{@code (n)} removes them. {@link #replay} reads back the segments after a
 * given number. A torn record at the end (a crash in the middle of a write) ends a segment's
 * replay; that batch was never acknowledged.
 *
 * <p><b>Marks</b> (issue 19): a record may carry the {@link BatchMark} of the uplink batch it
 * holds. The log keeps the newest mark of every bridge and writes them all as the first record of
 * each new segment ({@link #rotate}), so the segments that remain after {@link #deleteThrough}
 * always name every batch that was ever durable in the log. {@link #replay(long, long, Consumer,
 * Consumer)} hands them back in log order; after a crash the owner rebuilds the bridges' seq marks
 * from them, and a batch the log holds is never applied twice.
 */
public final class WriteAheadLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);
    private static final String PREFIX = "wal-";
    private static final String SUFFIX = ".log";

    /** Largest record accepted on replay; a longer length field is a torn or corrupt record. */
    static final int MAX_RECORD_BYTES = 256 << 20;

    /**
     * After the first unsynced record the sync thread waits this long for more before it calls
     * fsync, so that a burst of appends shares one fsync (and appends do not keep running into
     * pages under writeback), milliseconds.
     */
    static final long GROUP_WINDOW_MS = 2;

    private final Path dir;
    private final Object order = new Object();
    private final AtomicLong bytesOnDisk = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final Thread syncer;
    // all guarded by order
    private long currentSegment;
    private FileChannel channel;
    private List<CompletableFuture<Long>> unsynced = new ArrayList<>();
    private List<SyncJob> jobs = new ArrayList<>();
    private final Map<String, BatchMark> marks = new LinkedHashMap<>();
    // the current segment's tag dictionary (see SampleRecords) and the record being encoded
    private final TagIndex segmentTags = new TagIndex();
    private final RecordBuffer buffer = new RecordBuffer();
    private boolean closed;
    private volatile IOException
            broken; // after a failed write or fsync nothing more is appended (see fail)

    /**
     * Records written to {@code channel} waiting for its fsync; {@code close} retires the channel
     * afterwards.
     */
    private record SyncJob(
            FileChannel channel,
            List<CompletableFuture<Long>> waiting,
            long segment,
            boolean close,
            CompletableFuture<Long> done) {}

    private WriteAheadLog(Path dir, long firstSegment) {
        this.dir = dir;
        this.currentSegment = firstSegment;
        this.syncer = new Thread(this::run, "history-wal");
        syncer.setDaemon(true);
    }

    /**
     * Opens the log in {@code dir} (created if missing); new appends go to a segment after every
     * existing one.
     */
    public static WriteAheadLog open(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Long> existing = segmentsIn(dir);
        long next = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
        WriteAheadLog wal = new WriteAheadLog(dir, next);
        for (long s : existing) wal.bytesOnDisk.addAndGet(Files.size(wal.file(s)));
        wal.syncer.start();
        return wal;
    }

    /**
     * Writes {@code batch} to the current segment (page cache) before returning; the future
     * completes with the segment number once it is fsynced.
     */
    public CompletableFuture<Long> append(List<Sample> batch) {
        return append(batch, null);
    }

    /**
     * {@link #append(List)} of an uplink batch: {@code mark} (null for none) is stored in the same
     * record, so the batch and the knowledge that it is durable are never apart.
     */
    public CompletableFuture<Long> append(List<Sample> batch, BatchMark mark) {
        return append(batch, mark, null);
    }

    /**
     * {@link #append(List, BatchMark)}, and each sample's number in the current segment's tag
     * dictionary into {@code numbers} (at least the batch's size; null for none), valid until the
     * next {@link #rotate}: an owner that seals its open samples at each rotation numbers them by
     * the log's dictionary instead of looking every tag up a second time (issue 13). Filled only
     * when the append succeeds.
     */
    public CompletableFuture<Long> append(List<Sample> batch, BatchMark mark, int[] numbers) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        synchronized (order) {
            try {
                if (closed) throw new IOException("write-ahead log " + dir + " is closed");
                if (broken != null)
                    throw new IOException("write-ahead log failed earlier: " + broken.getMessage());
                if (channel == null) channel = openSegment(currentSegment);
                // encoded here, under the lock: the tag dictionary follows the file's order
                int known = segmentTags.size();
                try {
                    SampleRecords.encodeCompact(buffer, batch, mark, segmentTags, numbers);
                } catch (RuntimeException e) { // a value it cannot encode: this batch only fails
                    segmentTags.truncate(known);
                    done.completeExceptionally(e);
                    return done;
                }
                write(buffer.framed());
                if (mark != null) marks.put(mark.bridgeKey(), mark);
                unsynced.add(done);
                order.notifyAll();
            } catch (IOException | RuntimeException e) {
                if (!closed) fail(e);
                done.completeExceptionally(e);
            }
        }
        return done;
    }

    private static ByteBuffer frame(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return ByteBuffer.allocate(payload.length + 8)
                .putInt(payload.length)
                .putInt((int) crc.getValue())
                .put(payload)
                .flip();
    }

    /** Writes a framed record to the current channel (caller holds {@code order}). */
    private void write(ByteBuffer record) throws IOException {
        long n = record.remaining();
        while (record.hasRemaining()) channel.write(record);
        bytesOnDisk.addAndGet(n);
    }

    /**
     * Adopts the marks read back by replay at start (in log order, the later one of a bridge wins),
     * so that the next segment's first record carries them on. Call before the first rotation.
     */
    public void restoreMarks(Collection<BatchMark> replayed) {
        synchronized (order) {
            for (BatchMark m : replayed) marks.put(m.bridgeKey(), m);
        }
    }

    /** The newest mark of every bridge that has one, as appended or restored. */
    public List<BatchMark> marks() {
        synchronized (order) {
            return List.copyOf(marks.values());
        }
    }

    /** {@link #append} and wait until it is durable; an I/O failure is thrown. */
    public long appendAndSync(List<Sample> batch) throws IOException {
        return await(append(batch));
    }

    /**
     * Ends the current segment. Returns that segment's number now, and a future that completes once
     * the segment is fsynced and closed.
     */
    public Rotation rotate() {
        synchronized (order) {
            long closing = currentSegment;
            CompletableFuture<Long> done = new CompletableFuture<>();
            jobs.add(new SyncJob(channel, unsynced, closing, true, done));
            unsynced = new ArrayList<>();
            channel = null;
            currentSegment++;
            segmentTags.clear(); // a segment names its tags itself
            CompletableFuture<Long> carried = carryMarks();
            order.notifyAll();
            return new Rotation(closing, done.thenCombine(carried, (closed, next) -> closed));
        }
    }

    /**
     * Writes the marks as the first record of the new segment (caller holds {@code order}); the
     * future completes once that record is fsynced. The rotation completes only then, so the owner
     * deletes the older segments only once their marks live on in this one.
     */
    private CompletableFuture<Long> carryMarks() {
        CompletableFuture<Long> synced = new CompletableFuture<>();
        if (marks.isEmpty()) {
            synced.complete(currentSegment);
            return synced;
        }
        try {
            if (closed) throw new IOException("write-ahead log " + dir + " is closed");
            if (broken != null)
                throw new IOException("write-ahead log failed earlier: " + broken.getMessage());
            channel = openSegment(currentSegment);
            write(frame(SampleRecords.encodeMarks(marks.values())));
            unsynced.add(synced);
        } catch (IOException | RuntimeException e) {
            if (!closed) fail(e);
            synced.completeExceptionally(e);
        }
        return synced;
    }

    /** A rotation: the number of the segment it closed and the future of its completion. */
    public record Rotation(long closedSegment, CompletableFuture<Long> done) {}

    /** Numbers of the segment files present, oldest first. */
    public List<Long> segments() throws IOException {
        return segmentsIn(dir);
    }

    /**
     * Makes new appends go to a segment numbered above {@code segment} (a checkpoint the database
     * holds): when every segment was deleted after a checkpoint, {@link #open} would start again at
     * 1, and segments numbered at or below the checkpoint count as committed. Call before the first
     * append.
     */
    public void continueAfter(long segment) {
        synchronized (order) {
            if (currentSegment > segment) return;
            if (channel != null)
                throw new IllegalStateException("continueAfter must precede the first append");
            currentSegment = segment + 1;
        }
    }

    /** The segment new appends currently go to. */
    public long currentSegment() {
        synchronized (order) {
            return currentSegment;
        }
    }

    /** Bytes in segment files (written so far). */
    public long sizeBytes() {
        return bytesOnDisk.get();
    }

    /** The failure that stopped the log, or null while it works. */
    public IOException failure() {
        return broken;
    }

    /** Number of fsync calls made (each one covers a group of appends). */
    public long syncCount() {
        return syncs.get();
    }

    /** Deletes every segment numbered ≤ {@code segment} except the one being written. */
    public void deleteThrough(long segment) throws IOException {
        long limit = Math.min(segment, currentSegment() - 1);
        for (long s : segments()) {
            if (s > limit) break;
            Path f = file(s);
            long size = Files.size(f);
            Files.delete(f);
            bytesOnDisk.addAndGet(-size);
        }
    }

    /**
     * Hands every intact batch of the segments numbered in ({@code afterSegment}, {@code
     * throughSegment}] to {@code consumer}, oldest first. Returns the number of samples read.
     */
    public long replay(long afterSegment, long throughSegment, Consumer<List<Sample>> consumer)
            throws IOException {
        return replay(afterSegment, throughSegment, consumer, m -> {});
    }

    /**
     * {@link #replay(long, long, Consumer)}, and every mark of those segments to {@code marks}, in
     * log order (a bridge's later mark after its earlier one).
     */
    public long replay(
            long afterSegment,
            long throughSegment,
            Consumer<List<Sample>> consumer,
            Consumer<BatchMark> marks)
            throws IOException {
        long samples = 0;
        for (long s : segments()) {
            if (s <= afterSegment || s > throughSegment) continue;
            samples += SegmentReader.read(file(s), consumer, marks);
        }
        return samples;
    }

    Path file(long segment) {
        return dir.resolve(String.format("%s%020d%s", PREFIX, segment, SUFFIX));
    }

    static List<Long> segmentsIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .map(
                            n ->
                                    Long.parseLong(
                                            n.substring(
                                                    PREFIX.length(), n.length() - SUFFIX.length())))
                    .sorted()
                    .toList();
        }
    }

    private void run() {
        while (true) {
            List<SyncJob> todo;
            boolean stop;
            synchronized (order) {
                while (jobs.isEmpty() && unsynced.isEmpty() && !closed) {
                    try {
                        order.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                todo = jobs;
                jobs = new ArrayList<>();
                if (!unsynced.isEmpty()) {
                    todo.add(new SyncJob(channel, unsynced, currentSegment, false, null));
                    unsynced = new ArrayList<>();
                }
                stop = closed && todo.isEmpty();
            }
            if (stop) return;
            for (SyncJob job : todo) sync(job);
            pauseForGroup();
        }
    }

    private static void pauseForGroup() {
        try {
            Thread.sleep(GROUP_WINDOW_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * fsyncs a job's channel (outside the lock: appends go on meanwhile), completes its futures,
     * retires it.
     */
    private void sync(SyncJob job) {
        try {
            if (job.channel() != null) {
                if (!job.waiting().isEmpty()) {
                    job.channel().force(false);
                    syncs.incrementAndGet();
                }
                if (job.close()) job.channel().close();
            }
            for (CompletableFuture<Long> f : job.waiting()) f.complete(job.segment());
            if (job.done() != null) job.done().complete(job.segment());
        } catch (IOException | RuntimeException e) {
            synchronized (order) {
                fail(e);
            }
            for (CompletableFuture<Long> f : job.waiting()) f.completeExceptionally(e);
            if (job.done() != null) job.done().completeExceptionally(e);
        }
    }

    /**
     * After a failed write or fsync the file's state is unknown (a half record, or pages the kernel
     * dropped), so the log refuses every later append rather than acknowledge a batch that replay
     * might not reach.
     */
    private void fail(Exception e) {
        if (broken == null) {
            LOG.error(
                    "write-ahead log {} failed; appends are refused from now on: {}",
                    dir,
                    e.toString());
            broken = e instanceof IOException io ? io : new IOException(e.toString(), e);
        }
    }

    private FileChannel openSegment(long segment) throws IOException {
        FileChannel ch =
                FileChannel.open(
                        file(segment),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the new file's directory entry is durable too
        } catch (IOException e) {
            LOG.debug("directory fsync not supported here: {}", e.getMessage());
        }
        return ch;
    }

    static long await(CompletableFuture<Long> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the write-ahead log", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            throw new IOException("write-ahead log: " + c, c);
        }
    }

    /** Syncs and closes the current segment; later appends fail. */
    @Override
    public void close() {
        CompletableFuture<Long> done = new CompletableFuture<>();
        synchronized (order) {
            if (closed) return;
            jobs.add(new SyncJob(channel, unsynced, currentSegment, true, done));
            unsynced = new ArrayList<>();
            channel = null;
            closed = true;
            order.notifyAll();
        }
        try {
            await(done);
            syncer.join(10_000);
        } catch (IOException e) {
            LOG.warn("write-ahead log close: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
