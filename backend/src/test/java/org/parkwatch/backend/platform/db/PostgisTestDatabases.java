package org.parkwatch.backend.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Throw-away PostGIS databases on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust):
 * one template with the postgis extension per run, one fresh copy per test, all dropped by {@link
 * #dropAll()}.
 */
final class PostgisTestDatabases {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private final String template =
            "pw_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    private final List<String> created = new ArrayList<>();
    private int n;

    PostgisTestDatabases() throws SQLException {
        admin("CREATE DATABASE " + template);
        created.add(template);
        try (Connection c = DriverManager.getConnection(SERVER + template, USER, "");
                Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION postgis");
        }
    }

    /** A new database copied from the PostGIS template; returns its JDBC URL. */
    String create() throws SQLException {
        String name = template + "_" + (++n);
        admin("CREATE DATABASE " + name + " TEMPLATE " + template);
        created.add(0, name);
        return SERVER + name;
    }

    static String nameOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * Refuses new connections and ends the open ones: the database is "down" for the application.
     */
    static void stop(String url) throws SQLException {
        String name = nameOf(url);
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + name
                        + "'");
    }

    static void restart(String url) throws SQLException {
        admin("ALTER DATABASE " + nameOf(url) + " ALLOW_CONNECTIONS true");
    }

    void dropAll() throws SQLException {
        for (String name : created) {
            admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            admin(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                            + name
                            + "'");
            admin("DROP DATABASE IF EXISTS " + name);
        }
        created.clear();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
