package org.parkwatch.backend.emergency;

import java.sql.SQLException;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/**
 * The drill periods in the database ({@code drill_period}), so that a restart still knows which
 * alarms and incidents were drills. One open period (no end) at most: the drill running now.
 */
final class DrillStore {
    /**
     * One stored period.
     *
     * @param startMs when drill mode went on
     * @param endMs when it went off; {@link Long#MAX_VALUE} while it runs
     * @param by who switched it on
     * @param note the drill's name or scenario, or null
     */
    record Period(long startMs, long endMs, String by, String note) {
        boolean open() {
            return endMs == Long.MAX_VALUE;
        }
    }

    private final Database db;

    DrillStore(Database db) {
        this.db = db;
    }

    /** Every period, oldest first. */
    List<Period> load() throws SQLException {
        return db.withConnection(
                c ->
                        EmergencyRepository.query(
                                c,
                                "SELECT start_ms, end_ms, started_by, note FROM drill_period"
                                        + " ORDER BY start_ms, id",
                                rs -> {
                                    long end = rs.getLong(2);
                                    if (rs.wasNull()) end = Long.MAX_VALUE;
                                    return new Period(
                                            rs.getLong(1), end, rs.getString(3), rs.getString(4));
                                }));
    }

    /** Drill mode went on: a new open period (an open one left by a crash is closed first). */
    void started(long ms, String by, String note) throws SQLException {
        db.inTransaction(
                c -> {
                    EmergencyRepository.update(
                            c, "UPDATE drill_period SET end_ms = ? WHERE end_ms IS NULL", ms);
                    EmergencyRepository.update(
                            c,
                            "INSERT INTO drill_period (start_ms, started_by, note) VALUES (?, ?, ?)",
                            ms,
                            by == null ? "?" : by,
                            note);
                    return null;
                });
    }

    /** Drill mode went off: the open period ends. */
    void ended(long ms) throws SQLException {
        db.withConnection(
                c ->
                        EmergencyRepository.update(
                                c, "UPDATE drill_period SET end_ms = ? WHERE end_ms IS NULL", ms));
    }
}
