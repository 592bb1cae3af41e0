package org.parkwatch.backend.history;

import java.nio.file.Path;
import java.util.function.Function;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * History storage settings.
 *
 * @param walDir folder of the write-ahead log (samples not yet committed as chunks)
 * @param checkpointMs ({@code history.flushMs}) longest time samples stay open before they are
 *     committed as chunks, milliseconds
 * @param openSamplesMax ({@code history.bufferSamples}) samples held open in memory; reaching it
 *     commits early (smaller chunks). While the database is away, samples beyond it are kept on
 *     disk only (in the write-ahead log)
 * @param rawDays days raw chunks are kept
 * @param minuteDays days 1-minute rollups are kept
 * @param hourDays days 1-hour rollups are kept
 */
public record HistoryOptions(
        Path walDir,
        long checkpointMs,
        int openSamplesMax,
        int rawDays,
        int minuteDays,
        int hourDays) {
    /**
     * Ten minutes: 600 samples a chunk at 1 Hz, and at most ten minutes of samples replayed after a
     * crash.
     */
    public static final long DEFAULT_CHECKPOINT_MS = 600_000;

    public static final int DEFAULT_MINUTE_DAYS = 730;
    public static final int DEFAULT_HOUR_DAYS = 3_650;

    public HistoryOptions {
        if (walDir == null)
            throw new IllegalArgumentException("history.spillDir (write-ahead folder) is empty");
        positive("history.flushMs", checkpointMs);
        positive("history.bufferSamples", openSamplesMax);
        positive("history.retentionDays", rawDays);
        positive("history.retention.minuteDays", minuteDays);
        positive("history.retention.hourDays", hourDays);
    }

    /**
     * From the database options: the write-ahead log in {@code history.spillDir}, checkpoints every
     * {@code history.flushMs}, {@code history.bufferSamples} open at most, raw retention {@code
     * history.retentionDays}.
     */
    public static HistoryOptions of(DatabaseOptions db) {
        return new HistoryOptions(
                db.spillDir(),
                db.flushMs(),
                db.bufferSamples(),
                db.retentionDays(),
                DEFAULT_MINUTE_DAYS,
                DEFAULT_HOUR_DAYS);
    }

    /**
     * {@link #of} plus the keys {@code history.retention.minuteDays} and {@code
     * history.retention.hourDays} from a flat property lookup (missing → default).
     */
    public static HistoryOptions from(Function<String, String> props, DatabaseOptions db) {
        HistoryOptions d = of(db);
        return new HistoryOptions(
                d.walDir,
                d.checkpointMs,
                d.openSamplesMax,
                d.rawDays,
                (int) longOf(props, "history.retention.minuteDays", d.minuteDays),
                (int) longOf(props, "history.retention.hourDays", d.hourDays));
    }

    public HistoryOptions withCheckpointMs(long ms) {
        return new HistoryOptions(walDir, ms, openSamplesMax, rawDays, minuteDays, hourDays);
    }

    private static long longOf(Function<String, String> props, String key, long dflt) {
        String v = props.apply(key);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = '" + v + "' is not a whole number");
        }
    }

    private static void positive(String key, long v) {
        if (v <= 0) throw new IllegalArgumentException(key + " = " + v + " must be > 0");
    }
}
