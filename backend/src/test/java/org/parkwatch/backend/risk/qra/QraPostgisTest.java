package org.parkwatch.backend.risk.qra;

import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The QRA store contract on the machine's PostgreSQL 15 + PostGIS (127.0.0.1:5432, user postgres, trust): a
 * throw-away database per test, dropped afterwards.
 */
class QraPostgisTest extends QraStoreContractTest {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private String name;

    @Override
    protected Map<String, String> database() throws SQLException {
        name = "pw_qra_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        admin("postgres", "CREATE DATABASE " + name);
        admin(name, "CREATE EXTENSION postgis");
        return Map.of("db.enabled", "true", "db.url", SERVER + name, "db.user", "postgres", "db.password", "");
    }

    @AfterEach
    void drop() throws SQLException {
        if (name == null) return;
        admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
        admin("postgres", "DROP DATABASE IF EXISTS " + name);
    }

    private static void admin(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
