package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.model.uplink.Sample;

/**
 * A leak incident that forms while the database is cut (every connection terminated, as the
 * fault-injection soak does, and new ones refused for a while) is stored once the database is back
 * — once, with each of its alarm's journal transitions once (issue 19: the alarm module used to log
 * "incident … not stored" and never try again). Real backend, MQTT through its endpoint, PostGIS.
 */
class IncidentStoredAfterDatabaseCutTest {
    private final ThrowawayPostgis pg = new ThrowawayPostgis("soak_alarmcut");
    private String url;

    @TempDir Path dataDir;

    @AfterEach
    void drop() throws SQLException {
        if (url != null) admin("ALTER DATABASE " + dbName() + " WITH ALLOW_CONNECTIONS true");
        pg.drop();
    }

    @Test
    void anIncidentMadeDuringADatabaseCutIsStoredOnceAfterwards() throws Exception {
        Map<String, String> cfg = new HashMap<>(pg.create());
        url = cfg.get("db.url");
        long t0 = System.currentTimeMillis();
        try (AlarmBackend b = AlarmBackend.start(dataDir, cfg);
                UplinkPublisher e01 = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            admin("ALTER DATABASE " + dbName() + " WITH ALLOW_CONNECTIONS false");
            admin(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                            + dbName()
                            + "'");
            // above H of E01's chlorine detectors (0.3 ppm), twice: past the on-delay
            e01.publish(1, gas(0.5, t0));
            e01.publish(2, gas(0.5, t0 + 2500));
            // read from the test thread while the ingest context changes it: retry a torn read
            await().atMost(Duration.ofSeconds(120))
                    .ignoreExceptions()
                    .until(() -> incidentId(b) != null);
            String incident = incidentId(b);
            // the incident's write failed and waits for the database
            await().atMost(Duration.ofSeconds(120))
                    .until(
                            () ->
                                    b.alarms.failedWriteAttempts() > 0
                                            && b.alarms.unwrittenCount() > 0);
            admin("ALTER DATABASE " + dbName() + " WITH ALLOW_CONNECTIONS true");
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> b.alarms.unwrittenCount() == 0 && rows(incident) > 0);
            assertEquals(1, rows(incident), "incident rows of " + incident);
            assertTrue(b.alarms.retriedWrites() > 0, "stored by a retry, not the first attempt");
            for (String alarm : List.of("E01.GD101.GAS.H", "E01.GD102.GAS.H")) {
                long activations = journal(alarm, "UNACK_ACTIVE");
                assertEquals(1, activations, "journal rows of " + alarm + " becoming active");
            }
        }
    }

    private static List<Sample> gas(double value, long t) {
        return List.of(
                new Sample("E01.GD101.GAS", value, t, 0), new Sample("E01.GD102.GAS", value, t, 0));
    }

    /** The leak incident of E01's detectors, from the service (HTTP logins need the database). */
    private static String incidentId(AlarmBackend b) {
        for (Incident i : b.alarms.incidents()) {
            if (i.alarmIds().contains("E01.GD101.GAS.H") && i.kind() == Incident.Kind.LEAK)
                return i.id();
        }
        return null;
    }

    private long rows(String incident) throws SQLException {
        return count("SELECT count(*) FROM alarm_incident WHERE id = ?", incident, null);
    }

    private long journal(String alarm, String toState) throws SQLException {
        return count(
                "SELECT count(*) FROM alarm_journal WHERE alarm_id = ? AND to_state = ?",
                alarm,
                toState);
    }

    private long count(String sql, String a, String b) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            if (b != null) ps.setString(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String dbName() {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                ThrowawayPostgis.SERVER + "postgres", "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
