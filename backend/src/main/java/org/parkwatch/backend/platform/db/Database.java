package org.parkwatch.backend.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * The connection pool of one database (PostgreSQL/PostGIS or H2/H2GIS), migrated on open. All calls
 * block: callers on the Vert.x event loop go through {@code vertx.executeBlocking}.
 */
public final class Database implements AutoCloseable {
    /**
     * How long a caller waits for a pooled connection before the attempt fails (history then
     * spills).
     */
    static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final DatabaseOptions options;
    private final HikariDataSource pool;

    private Database(DatabaseOptions options, HikariDataSource pool) {
        this.options = options;
        this.pool = pool;
    }

    /**
     * Opens the pool, runs Flyway (common + per-database folder), then loads the H2GIS functions on
     * H2.
     */
    public static Database open(DatabaseOptions options) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(jdbcUrl(options));
        cfg.setUsername(options.user());
        cfg.setPassword(options.password());
        cfg.setMaximumPoolSize(options.poolSize());
        cfg.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        cfg.setPoolName("parkwatch-db");
        cfg.setAllowPoolSuspension(true);
        cfg.setInitializationFailTimeout(CONNECTION_TIMEOUT_MS);
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(options.dialect().migrationLocations())
                    .load()
                    .migrate();
            if (options.dialect() == Dialect.H2) {
                // After Flyway: loading H2GIS first would make Flyway see a non-empty schema
                // without its history.
                try (Connection c = ds.getConnection()) {
                    if (!h2gisLoaded(c)) H2GISFunctions.load(c);
                }
            }
            return new Database(options, ds);
        } catch (SQLException | RuntimeException e) {
            ds.close();
            throw new DatabaseException(
                    "cannot open database " + options.url() + ": " + e.getMessage(), e);
        }
    }

    /**
     * H2GIS functions persist in the database file; loading them again on every start costs
     * seconds.
     */
    private static boolean h2gisLoaded(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs =
                        st.executeQuery(
                                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES "
                                        + "WHERE ROUTINE_NAME = 'H2GISVERSION'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * On H2, {@code VALUE} is a keyword; the history column of that name (as on PostgreSQL) needs
     * it released.
     */
    static String jdbcUrl(DatabaseOptions options) {
        String url = options.url();
        if (options.dialect() != Dialect.H2) return url;
        String upper = url.toUpperCase(Locale.ROOT);
        if (!upper.contains("NON_KEYWORDS")) url += ";NON_KEYWORDS=VALUE";
        // H2 closes the database in its own JVM shutdown hook, possibly before the backend's hook
        // has committed the
        // history: the backend closes the pool itself when it stops
        if (!upper.contains("DB_CLOSE_ON_EXIT")) url += ";DB_CLOSE_ON_EXIT=FALSE";
        return url;
    }

    public Dialect dialect() {
        return options.dialect();
    }

    public DatabaseOptions options() {
        return options;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    /**
     * Makes new connection requests wait and then fail, as if the database were away (tests,
     * maintenance).
     */
    public void suspend() {
        pool.getHikariPoolMXBean().suspendPool();
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    public void resume() {
        pool.getHikariPoolMXBean().resumePool();
    }

    /**
     * Closes every pooled connection once it is idle, so the next caller gets a new one. For a
     * failure the pool cannot see: work done on the unwrapped driver connection (PostgreSQL's COPY)
     * bypasses the pool's check that evicts a connection whose link broke, and the pool would hand
     * the dead connection out again and again.
     */
    public void evictPooledConnections() {
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
