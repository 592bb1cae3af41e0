package org.parkwatch.backend.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parkwatch.backend.history.wal.BatchMark;
import org.parkwatch.backend.history.wal.WriteAheadLog;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists every ingested sample. {@link #accept} appends the batch to the write-ahead log (fsynced
 * in the background by group commit) and to the open chunks in memory. It never waits for the disk
 * or the database. {@link #acceptDurably} does the same and returns a future that completes once
 * the batch is fsynced.
 *
 * <p>Every {@code checkpointMs}, or sooner when {@code openSamplesMax} samples are open, a
 * checkpoint rotates the log, seals the open samples and commits them as chunks (one a tag and
 * hour) together with their rollups and the log position, in one transaction. Only then are the log
 * segments deleted. On start, segments after the committed position are replayed into the open
 * chunks. A crash therefore loses nothing that was fsynced, and it commits nothing twice. While the
 * database is away, sealed sets wait in order. Beyond {@code openSamplesMax} they are dropped from
 * memory and read back from the log when the database returns.
 *
 * <p>A batch from the uplink is logged with its {@link BatchMark} (bridge, epoch, seq). On start
 * the marks of the replayed log are {@link #recoveredMarks() handed} to the ingest, which raises
 * its seq marks to them: a batch that was durable here but not yet acknowledged when the process
 * died is recognised when its bridge sends it again, and not applied twice (issue 19).
 */
public final class HistoryWriter implements Consumer<List<Sample>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);

    /** Pause after a failed commit before the next attempt, milliseconds. */
    static final long RETRY_PAUSE_MS = 1_000;

    /** How often retention runs, milliseconds. */
    static final long MAINTENANCE_EVERY_MS = 3_600_000;

    /**
     * How often the disk figures for /metrics are measured (a few catalogue queries), milliseconds.
     */
    static final long USAGE_EVERY_MS = 300_000;

    private final HistoryRepository repository;
    private final HistoryOptions options;
    private final Clock clock;
    private final WriteAheadLog wal;
    private final String walId;
    private final OpenChunks chunks = new OpenChunks();
    private final Object commitLock = new Object();
    private final Thread flusher;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong chunksWritten = new AtomicLong();
    private final AtomicLong spilled = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong repeatsSkipped = new AtomicLong();
    private final AtomicLong maintenanceRuns = new AtomicLong();
    // each tag's newest stored sample at start, until the tag moves past it (guarded by chunks)
    private final Map<String, Sample> newestAtStart = new HashMap<>();
    private final long recovered;
    private List<BatchMark> recoveredMarks = List.of();
    private final TagHistoryMigration migration;
    private long lastSealedSegment; // guarded by chunks
    // each appended sample's number in the segment's tag dictionary (guarded by chunks)
    private int[] logNumbers = new int[1024];
    private volatile boolean running = true;
    private volatile String lastError;
    private long lastCheckpointMs;
    // when the sealed sets may be tried again after a failed commit; MAX_VALUE while none failed,
    // so
    // that sets sealed by a checkpoint still committing (in another thread) do not look overdue
    private volatile long retryAtMs = Long.MAX_VALUE;
    private long lastMaintenanceMs;
    private long lastUsageMs = Long.MIN_VALUE / 2;
    private volatile HistoryUsage usage = new HistoryUsage(0, 0, 0, 0, 0);

    /**
     * Counters since start: samples accepted, committed to the database, dropped from memory to the
     * log only while the database was away; failed commits; samples in memory; sealed sets on disk
     * only; the last error; chunks committed; write-ahead bytes; samples recovered from the log at
     * start.
     */
    public record Stats(
            long accepted,
            long written,
            long spilled,
            long failures,
            int pending,
            int spillFiles,
            String lastError,
            long chunksWritten,
            long walBytes,
            long recovered) {}

    public HistoryWriter(HistoryRepository repository, DatabaseOptions options, Clock clock)
            throws IOException, SQLException {
        this(repository, HistoryOptions.of(options), clock);
    }

    /**
     * Opens the log in {@code options.walDir()}, replays what the database lacks, and starts the
     * checkpoint thread.
     */
    public HistoryWriter(HistoryRepository repository, HistoryOptions options, Clock clock)
            throws IOException, SQLException {
        this.repository = repository;
        this.options = options;
        this.clock = clock;
        this.wal = WriteAheadLog.open(options.walDir());
        try {
            this.walId = walId(options.walDir());
            this.recovered = recover();
        } catch (IOException | SQLException | RuntimeException e) {
            wal.close();
            throw e;
        }
        repository.attach(chunks);
        this.migration = new TagHistoryMigration(repository.database(), repository);
        Thread migrator =
                new Thread(migration, "history-migration"); // rows of earlier versions → chunks
        migrator.setDaemon(true);
        migrator.start();
        this.lastCheckpointMs = clock.millis();
        this.flusher = new Thread(this::run, "history-writer");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** This log's identity in the checkpoint table: created once per folder. */
    static String walId(Path dir) throws IOException {
        Path f = dir.resolve("wal.id");
        if (Files.exists(f)) return Files.readString(f, StandardCharsets.UTF_8).trim();
        String id = UUID.randomUUID().toString();
        Path tmp = dir.resolve("wal.id.tmp");
        Files.writeString(tmp, id, StandardCharsets.UTF_8);
        Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return id;
    }

    private long recover() throws IOException, SQLException {
        long committed = repository.walCheckpoint(walId);
        wal.deleteThrough(committed);
        wal.continueAfter(committed); // a segment ≤ the checkpoint counts as committed
        long through = wal.currentSegment() - 1;
        List<BatchMark> marks = new ArrayList<>();
        long n = wal.replay(committed, through, chunks::add, marks::add);
        wal.restoreMarks(marks);
        recoveredMarks = wal.marks();
        lastSealedSegment = committed;
        SpillFiles legacy =
                new SpillFiles(options.walDir()); // left by the previous (row-per-sample) version
        for (Path file : legacy.list()) {
            List<Sample> samples = legacy.read(file);
            wal.appendAndSync(samples);
            chunks.add(samples);
            legacy.delete(file);
            n += samples.size();
        }
        if (n > 0)
            LOG.info(
                    "history: {} samples recovered from the write-ahead log {}",
                    n,
                    options.walDir());
        return n;
    }

    /**
     * The newest {@link BatchMark} of every bridge found in the write-ahead log at start: the
     * uplink batches that are durable here, whether or not they were acknowledged.
     */
    public List<BatchMark> recoveredMarks() {
        return recoveredMarks;
    }

    /** Queues a batch; returns at once. Safe from any thread, the event loop included. */
    @Override
    public void accept(List<Sample> batch) {
        acceptDurably(batch);
    }

    /**
     * Like {@link #accept}; the future completes once the batch is fsynced in the write-ahead log
     * (acknowledge upstream only then), or fails when it could not be made durable.
     */
    public CompletableFuture<Long> acceptDurably(List<Sample> batch) {
        return acceptDurably(batch, null);
    }

    /**
     * {@link #acceptDurably(List)} of an uplink batch: {@code mark} is logged in the same record. A
     * batch without samples is logged too when it has a mark (it still moved its bridge's seq).
     */
    public CompletableFuture<Long> acceptDurably(List<Sample> batch, BatchMark mark) {
        if (batch.isEmpty() && mark == null) return CompletableFuture.completedFuture(0L);
        CompletableFuture<Long> durable;
        synchronized (chunks) {
            batch = withoutStoredRepeats(batch);
            if (batch.isEmpty() && mark == null) return CompletableFuture.completedFuture(0L);
            if (logNumbers.length < batch.size())
                logNumbers = new int[Math.max(batch.size(), 2 * logNumbers.length)];
            durable = wal.append(batch, mark, logNumbers);
            if (batch.isEmpty()) return durable;
            if (durable.isCompletedExceptionally()) chunks.add(batch); // not logged: not numbered
            else chunks.add(batch, logNumbers, wal.currentSegment());
            accepted.addAndGet(batch.size());
            if (chunks.openCount() >= options.openSamplesMax()) {
                // seal here, not only in the checkpoint thread: that one may be stuck in a commit
                sealLocked();
                retryAtMs = 0; // the checkpoint thread commits the sealed set at once
                spilled.addAndGet(
                        chunks.dropToDisk(2L * options.openSamplesMax())); // the newest set stays
                chunks.notifyAll();
            }
        }
        return durable;
    }

    /**
     * Tells the writer each tag's newest stored sample (see {@link HistoryRepository#valueAt}),
     * read once at start, before the uplink runs. After a restart the live state is empty, so a
     * bridge's integrity refresh of an unchanged value (same tag, source time, status and value)
     * looks new to the ingest; the writer drops such an exact repeat of what it holds instead of
     * storing the reading twice (issue 19). Samples at other times, late ones included, are kept.
     */
    public void skipRepeatsOf(Map<String, Sample> newestStored) {
        synchronized (chunks) {
            newestAtStart.putAll(newestStored);
        }
    }

    /** Samples skipped by {@link #skipRepeatsOf} since start. */
    public long repeatsSkipped() {
        return repeatsSkipped.get();
    }

    /** {@code batch} without the exact repeats of a tag's newest stored sample (holds chunks). */
    private List<Sample> withoutStoredRepeats(List<Sample> batch) {
        if (newestAtStart.isEmpty()) return batch;
        List<Sample> kept = null; // allocated only when a sample is dropped
        for (int i = 0, n = batch.size(); i < n; i++) {
            Sample s = batch.get(i);
            Sample stored = newestAtStart.get(s.tagId());
            boolean repeat = false;
            if (stored != null) {
                if (s.sourceTimeMs() > stored.sourceTimeMs()) {
                    newestAtStart.remove(s.tagId()); // the tag moved on: no refresh repeats it now
                } else {
                    repeat = sameReading(stored, s);
                }
            }
            if (repeat) {
                if (kept == null) kept = new ArrayList<>(batch.subList(0, i));
                repeatsSkipped.incrementAndGet();
            } else if (kept != null) {
                kept.add(s);
            }
        }
        return kept == null ? batch : kept;
    }

    /** Same source time, status and value (a Boolean may come back from a chunk as a number). */
    static boolean sameReading(Sample stored, Sample s) {
        if (stored.sourceTimeMs() != s.sourceTimeMs() || stored.status() != s.status())
            return false;
        if (Objects.equals(stored.value(), s.value())) return true;
        if (stored.value() == null || s.value() == null) return false;
        double a = stored.numeric(), b = s.numeric();
        return !Double.isNaN(a) && Double.compare(a, b) == 0;
    }

    /** Cheap (no I/O): safe to call from the event loop, e.g. for metrics. */
    public Stats stats() {
        return new Stats(
                accepted.get(),
                written.get(),
                spilled.get(),
                failures.get(),
                chunks.inMemory(),
                chunks.diskOnly(),
                lastError,
                chunksWritten.get(),
                wal.sizeBytes(),
                recovered);
    }

    private void run() {
        while (running) {
            synchronized (chunks) {
                long wait = waitMs();
                if (running && wait > 0) {
                    try {
                        chunks.wait(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            if (running && waitMs() <= 0) checkpoint();
            maintainIfDue();
            measureIfDue();
        }
    }

    /** Milliseconds until the next checkpoint is due (≤ 0: now). */
    private long waitMs() {
        long now = clock.millis();
        if (chunks.openCount() >= options.openSamplesMax()) return 0;
        long due = lastCheckpointMs + options.checkpointMs();
        if (chunks.hasSealed()) due = Math.min(due, retryAtMs);
        return Math.min(due - now, RETRY_PAUSE_MS);
    }

    /**
     * Seals the open samples and commits every sealed set in order. Returns true when all are
     * committed; on a database failure the sets wait for the next attempt. Blocks; safe from any
     * thread but the event loop.
     */
    public boolean checkpoint() {
        synchronized (commitLock) {
            lastCheckpointMs = clock.millis();
            WriteAheadLog.Rotation rotation;
            synchronized (chunks) {
                rotation = sealLocked();
            }
            if (rotation != null) {
                try {
                    rotation.done().get(30, TimeUnit.SECONDS);
                } catch (Exception e) { // the samples are in memory still; the commit makes them
                    // durable
                    LOG.warn("history: write-ahead rotation failed: {}", e.toString());
                }
            }
            return commitSealed();
        }
    }

    /**
     * Rotates the log and seals the open samples (caller holds the chunks monitor); null when
     * nothing is open.
     */
    private WriteAheadLog.Rotation sealLocked() {
        if (chunks.openCount() == 0) return null;
        WriteAheadLog.Rotation rotation = wal.rotate();
        chunks.seal(lastSealedSegment, rotation.closedSegment());
        lastSealedSegment = rotation.closedSegment();
        return rotation;
    }

    private boolean commitSealed() {
        OpenChunks.Sealed s;
        while ((s = chunks.oldest()) != null) {
            try {
                Map<String, List<Sample>> byTag = s.byTag() != null ? s.byTag() : readBack(s);
                int n = repository.commit(byTag, walId, s.throughSegment());
                chunks.committed(s);
                written.addAndGet(s.samples());
                chunksWritten.addAndGet(n);
                wal.deleteThrough(s.throughSegment());
                retryAtMs = Long.MAX_VALUE;
            } catch (Exception e) {
                failed(e);
                // a COPY on the driver connection hides a broken link from the pool: start afresh
                repository.database().evictPooledConnections();
                retryAtMs = clock.millis() + RETRY_PAUSE_MS;
                spilled.addAndGet(chunks.dropToDisk(options.openSamplesMax()));
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Sample>> readBack(OpenChunks.Sealed s) throws IOException {
        List<Sample> all = new ArrayList<>(s.samples());
        wal.replay(s.afterSegment(), s.throughSegment(), all::addAll);
        return HistoryRepository.byTag(all);
    }

    private void failed(Exception e) {
        failures.incrementAndGet();
        String msg = e.getMessage();
        if (!String.valueOf(msg).equals(lastError))
            LOG.warn("history commit failed, will retry: {}", msg);
        lastError = msg;
    }

    private void maintainIfDue() {
        long now = clock.millis();
        if (now - lastMaintenanceMs < MAINTENANCE_EVERY_MS) return;
        lastMaintenanceMs = now;
        try {
            repository.maintain(now, options.rawDays(), options.minuteDays(), options.hourDays());
        } catch (Exception e) {
            LOG.warn("history retention failed: {}", e.getMessage());
            lastMaintenanceMs = now - MAINTENANCE_EVERY_MS + RETRY_PAUSE_MS * 60;
        } finally {
            maintenanceRuns.incrementAndGet();
        }
    }

    /**
     * Maintenance passes (retention and rollup compaction; the first right after start, then every
     * {@value #MAINTENANCE_EVERY_MS} ms) ended since start, successful or not.
     */
    public long maintenanceRuns() {
        return maintenanceRuns.get();
    }

    /**
     * Progress of the conversion of an earlier version's tag_history: days done, days found,
     * samples moved.
     */
    public long[] migrationProgress() {
        return migration.progress();
    }

    /**
     * The last disk measurement (refreshed every {@value #USAGE_EVERY_MS} ms; cheap, for metrics).
     */
    public HistoryUsage usage() {
        return usage;
    }

    private void measureIfDue() {
        long now = clock.millis();
        if (now - lastUsageMs < USAGE_EVERY_MS) return;
        lastUsageMs = now;
        try {
            usage = repository.usage();
        } catch (Exception e) {
            LOG.debug("history disk usage not measured: {}", e.getMessage());
        }
    }

    /**
     * Stops the checkpoint thread and commits what it can; the rest stays in the log for the next
     * start.
     */
    @Override
    public void close() {
        running = false;
        synchronized (chunks) {
            chunks.notifyAll();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // a checkpoint thread still stuck in a commit holds the commit lock: leave the samples to
        // the log then
        if (flusher.isAlive() || !checkpoint()) {
            LOG.warn(
                    "history: uncommitted samples stay in {} for the next start", options.walDir());
        }
        wal.close();
    }
}
