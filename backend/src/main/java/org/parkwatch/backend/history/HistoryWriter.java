package org.parkwatch.backend.history;

import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Persists every ingested sample without ever making the caller wait: {@link #accept} only appends to memory.
 * A writer thread flushes every {@code history.flushMs} (or sooner at {@code history.batchSize}) in batches. When the
 * database is slow or away, memory is bounded by {@code history.bufferSamples}: beyond it, or when a write fails,
 * samples are spilled to files in {@code history.spillDir}, which are drained in order once writes succeed again —
 * also after a restart. Nothing is dropped while the disk has room.
 */
public final class HistoryWriter implements Consumer<List<Sample>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    /** Pause after a failed database write before the next attempt, milliseconds. */
    static final long RETRY_PAUSE_MS = 1_000;
    /** How often retention runs, milliseconds. */
    static final long MAINTENANCE_EVERY_MS = 3_600_000;

    private final HistoryRepository repository;
    private final DatabaseOptions options;
    private final SpillFiles spill;
    private final Clock clock;
    private final Object lock = new Object();
    private final ExecutorService spiller;
    private final Thread flusher;
    private final AtomicLong nextSeq;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong spilled = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicInteger spillFiles = new AtomicInteger();
    private ArrayList<Sample> pending = new ArrayList<>();
    private volatile boolean running = true;
    private volatile String lastError;
    private long lastMaintenanceMs;

    /** Counters since start: samples accepted, written to the database, spilled to disk; failed writes. */
    public record Stats(long accepted, long written, long spilled, long failures, int pending, int spillFiles,
                        String lastError) {
    }

    public HistoryWriter(HistoryRepository repository, DatabaseOptions options, Clock clock) throws IOException {
        this.repository = repository;
        this.options = options;
        this.clock = clock;
        this.spill = new SpillFiles(options.spillDir());
        this.nextSeq = new AtomicLong(spill.nextSequence());
        this.spillFiles.set(spill.list().size());
        this.spiller = Executors.newSingleThreadExecutor(r -> daemon(r, "history-spill"));
        this.flusher = daemon(this::run, "history-writer");
        flusher.start();
    }

    /** Queues a batch for the database; returns at once. Safe from any thread, the event loop included. */
    @Override
    public void accept(List<Sample> batch) {
        if (batch.isEmpty()) return;
        ArrayList<Sample> overflow = null;
        long seq = 0;
        synchronized (lock) {
            pending.addAll(batch);
            accepted.addAndGet(batch.size());
            if (pending.size() >= options.bufferSamples()) {
                overflow = pending;
                pending = new ArrayList<>();
                seq = nextSeq.getAndIncrement();
            } else if (pending.size() >= options.batchSize()) {
                lock.notifyAll();
            }
        }
        if (overflow != null) {
            List<Sample> chunk = overflow;
            long s = seq;
            spiller.execute(() -> spillChunk(s, chunk));
        }
    }

    /** Cheap (no I/O): safe to call from the event loop, e.g. for metrics. */
    public Stats stats() {
        synchronized (lock) {
            return new Stats(accepted.get(), written.get(), spilled.get(), failures.get(), pending.size(),
                    spillFiles.get(), lastError);
        }
    }

    private void run() {
        while (running) {
            synchronized (lock) {
                if (running && pending.size() < options.batchSize()) {
                    try {
                        lock.wait(options.flushMs());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            if (!flushOnce()) pause();
            maintainIfDue();
        }
    }

    /** Drains spill files, then memory. Returns false when a database write failed. */
    boolean flushOnce() {
        if (!drainSpill()) return false;
        ArrayList<Sample> chunk;
        long seq;
        synchronized (lock) {
            if (pending.isEmpty()) return true;
            chunk = pending;
            pending = new ArrayList<>();
            seq = nextSeq.getAndIncrement();
        }
        int done = 0;
        try {
            while (done < chunk.size()) {
                int end = Math.min(chunk.size(), done + options.batchSize());
                repository.write(chunk.subList(done, end));
                written.addAndGet(end - done);
                done = end;
            }
            return true;
        } catch (Exception e) {
            failed(e);
            spillChunk(seq, chunk.subList(done, chunk.size()));
            return false;
        }
    }

    private boolean drainSpill() {
        try {
            for (Path file : spill.list()) {
                List<Sample> samples = spill.read(file);
                repository.write(samples); // one transaction per file: a retry never duplicates
                spill.delete(file);
                spillFiles.decrementAndGet();
                written.addAndGet(samples.size());
            }
            return true;
        } catch (Exception e) {
            failed(e);
            return false;
        }
    }

    private void spillChunk(long seq, List<Sample> chunk) {
        if (chunk.isEmpty()) return;
        try {
            spill.write(seq, new ArrayList<>(chunk));
            spillFiles.incrementAndGet();
            spilled.addAndGet(chunk.size());
        } catch (IOException e) {
            // The disk is the last resort; keep the samples in memory rather than lose them.
            LOG.error("history spill to {} failed: {}", options.spillDir(), e.getMessage());
            synchronized (lock) {
                pending.addAll(0, chunk);
            }
        }
    }

    private void failed(Exception e) {
        failures.incrementAndGet();
        String msg = e.getMessage();
        if (!String.valueOf(msg).equals(lastError)) LOG.warn("history write failed, spilling: {}", msg);
        lastError = msg;
    }

    private void pause() {
        synchronized (lock) {
            try {
                if (running) lock.wait(RETRY_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void maintainIfDue() {
        long now = clock.millis();
        if (now - lastMaintenanceMs < MAINTENANCE_EVERY_MS) return;
        lastMaintenanceMs = now;
        try {
            repository.maintain(now, options.retentionDays());
        } catch (Exception e) {
            LOG.warn("history retention failed: {}", e.getMessage());
            lastMaintenanceMs = now - MAINTENANCE_EVERY_MS + RETRY_PAUSE_MS * 60;
        }
    }

    /** Stops the writer thread, writes what it can and spills the rest; nothing accepted is lost. */
    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(30));
            spiller.shutdown();
            spiller.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ArrayList<Sample> rest;
        long seq;
        synchronized (lock) {
            rest = pending;
            pending = new ArrayList<>();
            seq = nextSeq.getAndIncrement();
        }
        try {
            if (!rest.isEmpty()) {
                repository.write(rest);
                written.addAndGet(rest.size());
            }
        } catch (Exception e) {
            failed(e);
            spillChunk(seq, rest);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
