package org.parkwatch.backend.platform.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Database and history settings, read once at start and validated (a bad value fails fast naming
 * its key).
 *
 * @param url JDBC URL; empty means the embedded H2GIS file {@code <data.dir>/parkwatch}
 * @param user database user
 * @param password database password
 * @param poolSize maximum pooled connections
 * @param retentionDays days of raw tag history kept (rollups: see history.HistoryOptions)
 * @param batchSize unused since history is stored in chunks (issue 13); kept so old configurations
 *     load
 * @param flushMs longest time a sample stays open (in memory and the write-ahead log) before it is
 *     committed in a chunk, milliseconds
 * @param bufferSamples samples held open in memory; reaching it commits early
 * @param spillDir folder of the history write-ahead log
 */
public record DatabaseOptions(
        String url,
        String user,
        String password,
        int poolSize,
        int retentionDays,
        int batchSize,
        long flushMs,
        int bufferSamples,
        Path spillDir) {

    public static final int DEFAULT_POOL_SIZE = 8;
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    public static final long DEFAULT_FLUSH_MS = 600_000;
    public static final int DEFAULT_BUFFER_SAMPLES = 1_000_000;

    public DatabaseOptions {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("db.url is empty");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(
                    "db.url '" + url + "' is neither jdbc:postgresql: nor jdbc:h2:");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        positive("db.poolSize", poolSize);
        positive("history.retentionDays", retentionDays);
        positive("history.batchSize", batchSize);
        positive("history.flushMs", flushMs);
        positive("history.bufferSamples", bufferSamples);
        if (spillDir == null) throw new IllegalArgumentException("history.spillDir is empty");
    }

    /**
     * Embedded H2GIS defaults under {@code dataDir}: database file {@code parkwatch}, spill folder
     * {@code history-spill}.
     */
    public static DatabaseOptions embedded(Path dataDir) {
        return new DatabaseOptions(
                h2FileUrl(dataDir),
                "sa",
                "",
                DEFAULT_POOL_SIZE,
                DEFAULT_RETENTION_DAYS,
                DEFAULT_BATCH_SIZE,
                DEFAULT_FLUSH_MS,
                DEFAULT_BUFFER_SAMPLES,
                dataDir.resolve("history-spill"));
    }

    /**
     * A private in-memory H2GIS database for {@code db.enabled=false}: the same schema and code
     * paths as the file, gone when the backend stops (nothing survives a restart). Spill folder
     * {@code history-spill} under {@code dataDir}.
     */
    public static DatabaseOptions inMemory(Path dataDir) {
        String name = "parkwatch-" + UUID.randomUUID();
        return new DatabaseOptions(
                "jdbc:h2:mem:" + name,
                "sa",
                "",
                DEFAULT_POOL_SIZE,
                DEFAULT_RETENTION_DAYS,
                DEFAULT_BATCH_SIZE,
                DEFAULT_FLUSH_MS,
                DEFAULT_BUFFER_SAMPLES,
                dataDir.resolve("history-spill"));
    }

    /**
     * Reads the keys {@code db.url, db.user, db.password, db.poolSize, history.retentionDays,
     * history.batchSize, history.flushMs, history.bufferSamples, history.spillDir} from a flat
     * property lookup (missing → default).
     */
    public static DatabaseOptions from(Function<String, String> props, Path dataDir) {
        String url = props.apply("db.url");
        String spill = props.apply("history.spillDir");
        boolean embedded = url == null || url.isBlank();
        return new DatabaseOptions(
                embedded ? h2FileUrl(dataDir) : url.trim(),
                embedded && blank(props.apply("db.user")) ? "sa" : props.apply("db.user"),
                props.apply("db.password"),
                intOf(props, "db.poolSize", DEFAULT_POOL_SIZE),
                intOf(props, "history.retentionDays", DEFAULT_RETENTION_DAYS),
                intOf(props, "history.batchSize", DEFAULT_BATCH_SIZE),
                intOf(props, "history.flushMs", (int) DEFAULT_FLUSH_MS),
                intOf(props, "history.bufferSamples", DEFAULT_BUFFER_SAMPLES),
                blank(spill) ? dataDir.resolve("history-spill") : Path.of(spill.trim()));
    }

    public static DatabaseOptions from(Map<String, String> props, Path dataDir) {
        return from(props::get, dataDir);
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    public DatabaseOptions withUrl(String newUrl) {
        return new DatabaseOptions(
                newUrl,
                user,
                password,
                poolSize,
                retentionDays,
                batchSize,
                flushMs,
                bufferSamples,
                spillDir);
    }

    public DatabaseOptions withUser(String newUser, String newPassword) {
        return new DatabaseOptions(
                url,
                newUser,
                newPassword,
                poolSize,
                retentionDays,
                batchSize,
                flushMs,
                bufferSamples,
                spillDir);
    }

    public DatabaseOptions withHistory(
            int newBatchSize, long newFlushMs, int newBufferSamples, Path newSpillDir) {
        return new DatabaseOptions(
                url,
                user,
                password,
                poolSize,
                retentionDays,
                newBatchSize,
                newFlushMs,
                newBufferSamples,
                newSpillDir);
    }

    private static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("parkwatch");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int intOf(Function<String, String> props, String key, int dflt) {
        String v = props.apply(key);
        if (blank(v)) return dflt;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = '" + v + "' is not a whole number");
        }
    }

    private static void positive(String key, long v) {
        if (v <= 0) throw new IllegalArgumentException(key + " = " + v + " must be > 0");
    }
}
