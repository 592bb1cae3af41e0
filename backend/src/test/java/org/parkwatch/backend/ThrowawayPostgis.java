package org.parkwatch.backend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One throw-away PostGIS database on the machine's PostgreSQL 15 (127.0.0.1:5432, user postgres,
 * trust) for a store contract test: {@link #create()} makes it with the postgis extension and
 * returns the backend's database keys, {@link #drop()} ends its connections and drops it.
 */
public final class ThrowawayPostgis {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String prefix;
    private String name;

    /**
     * @param prefix start of the database name, e.g. {@code pw_registry}
     */
    public ThrowawayPostgis(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Creates a fresh database; returns {@code db.enabled, db.url, db.user, db.password} for the
     * backend's config.
     */
    public Map<String, String> create() throws SQLException {
        name = prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        admin("postgres", "CREATE DATABASE " + name);
        admin(name, "CREATE EXTENSION postgis");
        return Map.of(
                "db.enabled",
                "true",
                "db.url",
                SERVER + name,
                "db.user",
                "postgres",
                "db.password",
                "");
    }

    /** Drops the database made by {@link #create()}, if any. */
    public void drop() throws SQLException {
        if (name == null) return;
        admin(
                "postgres",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + name
                        + "'");
        admin("postgres", "DROP DATABASE IF EXISTS " + name);
        name = null;
    }

    private static void admin(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
