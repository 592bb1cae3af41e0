package org.parkwatch.backend.history.wal;

import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An append-only log of sample batches on local disk, in numbered segment files. Each batch is one record
 * {@code [length int][CRC-32 int][payload]}. One writer thread does group commit: it writes every batch queued since
 * its last pass, calls {@code fsync} once, and then completes all their futures.
 * <p><b>Delivery contract</b>: the future {@link #append} returns completes once the batch is on disk and has been
 * fsynced. A caller that acknowledges upstream (an MQTT PUBACK, say) only then has lost nothing if the process
 * or the machine dies afterwards. If the write or the fsync fails, the future completes exceptionally, and the
 * batch must be treated as not stored. {@link #appendAndSync} is the blocking form.
 * <p><b>Segments</b>: {@link #rotate} closes the current segment after everything queued before it, and later
 * appends go into the next segment. The order of {@code append} and {@code rotate} calls, even from different
 * threads, is the order in the files. When the owner has stored the contents of segments up to {@code n} elsewhere,
 * {@link #deleteThrough}{@code (n)} removes them. {@link #replay} reads back segments after a given number.
 * A torn record at the end (a crash in the middle of a write) ends a segment's replay. It is never fsynced, so it
 * was never acknowledged.
 */
public final class WriteAheadLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WriteAheadLog.class);
    private static final String PREFIX = "wal-";
    private static final String SUFFIX = ".log";
    /** Largest record accepted on replay; a longer length field is a torn or corrupt record. */
    static final int MAX_RECORD_BYTES = 256 << 20;

    private final Path dir;
    private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private final Object order = new Object();
    private final AtomicLong bytesOnDisk = new AtomicLong();
    private final AtomicLong syncs = new AtomicLong();
    private final Thread writer;
    private long currentSegment; // guarded by order (numbers handed out at enqueue time)
    private FileChannel channel; // writer thread only
    private volatile boolean closed;
    private volatile IOException broken; // after a failed write or fsync nothing more is appended (see fail)

    private record Request(byte[] record, boolean rotate, boolean stop, CompletableFuture<Long> done, long segment) {
    }

    private WriteAheadLog(Path dir, long firstSegment) {
        this.dir = dir;
        this.currentSegment = firstSegment;
        this.writer = new Thread(this::run, "history-wal");
        writer.setDaemon(true);
    }

    /** Opens the log in {@code dir} (created if missing); new appends go to a segment after every existing one. */
    public static WriteAheadLog open(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Long> existing = segmentsIn(dir);
        long next = existing.isEmpty() ? 1 : existing.get(existing.size() - 1) + 1;
        WriteAheadLog wal = new WriteAheadLog(dir, next);
        for (long s : existing) wal.bytesOnDisk.addAndGet(Files.size(wal.file(s)));
        wal.writer.start();
        return wal;
    }

    /** Queues {@code batch}; the future completes with its segment number once the batch is fsynced. */
    public CompletableFuture<Long> append(List<Sample> batch) {
        byte[] payload = SampleRecords.encode(batch);
        CRC32 crc = new CRC32();
        crc.update(payload);
        byte[] record = ByteBuffer.allocate(payload.length + 8).putInt(payload.length).putInt((int) crc.getValue())
                .put(payload).array();
        return enqueue(record, false);
    }

    /** {@link #append} and wait until it is durable; an I/O failure is thrown. */
    public long appendAndSync(List<Sample> batch) throws IOException {
        return await(append(batch));
    }

    /**
     * Ends the current segment after everything queued before this call. Returns that segment's number now, and a
     * future that completes once the segment is synced and closed.
     */
    public Rotation rotate() {
        synchronized (order) {
            long closing = currentSegment;
            return new Rotation(closing, enqueue(null, true));
        }
    }

    /** A rotation: the number of the segment it closed and the future of its completion. */
    public record Rotation(long closedSegment, CompletableFuture<Long> done) {
    }

    private CompletableFuture<Long> enqueue(byte[] record, boolean rotate) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        synchronized (order) {
            if (closed) {
                done.completeExceptionally(new IOException("write-ahead log " + dir + " is closed"));
                return done;
            }
            queue.add(new Request(record, rotate, false, done, currentSegment));
            if (rotate) currentSegment++;
        }
        return done;
    }

    /** Numbers of the segment files present, oldest first. */
    public List<Long> segments() throws IOException {
        return segmentsIn(dir);
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
     * Hands every intact batch of the segments numbered in ({@code afterSegment}, {@code throughSegment}] to
     * {@code consumer}, oldest first. Returns the number of samples read.
     */
    public long replay(long afterSegment, long throughSegment, Consumer<List<Sample>> consumer) throws IOException {
        long samples = 0;
        for (long s : segments()) {
            if (s <= afterSegment || s > throughSegment) continue;
            samples += SegmentReader.read(file(s), consumer);
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
                    .map(n -> Long.parseLong(n.substring(PREFIX.length(), n.length() - SUFFIX.length())))
                    .sorted().toList();
        }
    }

    private void run() {
        List<Request> group = new ArrayList<>();
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(group);
            boolean stop = writeGroup(group);
            group.clear();
            if (stop) return;
        }
    }

    /** Writes a group in order, syncing before each rotation and at the end; returns true on the stop request. */
    private boolean writeGroup(List<Request> group) {
        List<Request> unsynced = new ArrayList<>();
        for (Request r : group) {
            try {
                if (r.stop() || r.rotate()) {
                    syncAndComplete(unsynced);
                    closeChannel();
                    r.done().complete(r.segment());
                    if (r.stop()) return true;
                    continue;
                }
                if (broken != null) throw new IOException("write-ahead log failed earlier: " + broken.getMessage());
                if (channel == null) openSegment(r.segment());
                ByteBuffer buf = ByteBuffer.wrap(r.record());
                while (buf.hasRemaining()) channel.write(buf);
                bytesOnDisk.addAndGet(r.record().length);
                unsynced.add(r);
            } catch (IOException | RuntimeException e) {
                fail(unsynced, e);
                r.done().completeExceptionally(e);
                closeQuietly();
                if (r.stop()) return true;
            }
        }
        syncAndComplete(unsynced);
        return false;
    }

    private void syncAndComplete(List<Request> unsynced) {
        if (unsynced.isEmpty()) return;
        try {
            channel.force(false);
            syncs.incrementAndGet();
            for (Request r : unsynced) r.done().complete(r.segment());
        } catch (IOException | RuntimeException e) {
            fail(unsynced, e);
            closeQuietly();
        }
        unsynced.clear();
    }

    /**
     * After a failed write or fsync the file's state is unknown (a half record, or pages the kernel dropped), so the
     * log refuses every later append rather than acknowledge a batch that replay might not reach.
     */
    private void fail(List<Request> unsynced, Exception e) {
        if (broken == null) {
            LOG.error("write-ahead log {} failed; appends are refused from now on: {}", dir, e.toString());
            broken = e instanceof IOException io ? io : new IOException(e.toString(), e);
        }
        for (Request u : unsynced) u.done().completeExceptionally(e);
        unsynced.clear();
    }

    private void openSegment(long segment) throws IOException {
        channel = FileChannel.open(file(segment), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the new file's directory entry is durable too
        } catch (IOException e) {
            LOG.debug("directory fsync not supported here: {}", e.getMessage());
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.force(false);
            channel.close();
            channel = null;
        }
    }

    private void closeQuietly() {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // already failing; the caller has the first error
        }
        channel = null;
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

    /** Syncs and closes the current segment after everything queued; later appends fail. */
    @Override
    public void close() {
        CompletableFuture<Long> done = new CompletableFuture<>();
        synchronized (order) {
            if (closed) return;
            closed = true;
            queue.add(new Request(null, false, true, done, currentSegment));
        }
        try {
            await(done);
            writer.join(10_000);
        } catch (IOException e) {
            LOG.warn("write-ahead log close: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
