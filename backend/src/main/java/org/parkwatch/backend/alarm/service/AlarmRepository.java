package org.parkwatch.backend.alarm.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.platform.db.Database;

/**
 * The alarm tables (migration V6): {@code alarm_journal} (every transition) and {@code
 * alarm_active} (the alarms not in NORMAL, so states survive a restart). Every call blocks: call it
 * off the event loop.
 */
public final class AlarmRepository {
    /** Longest text kept for comments and reasons (column width). */
    static final int MAX_TEXT = 1000;

    private final Database db;

    public AlarmRepository(Database db) {
        this.db = db;
    }

    /**
     * One persisted batch: journal entries and the new state of the alarms they touched (null view
     * = NORMAL).
     */
    public record Batch(
            List<JournalEntry> entries,
            List<String> enterpriseIds,
            List<String> changedIds,
            List<ActiveAlarm> changedViews) {}

    /**
     * Appends the entries and replaces the snapshot rows of the changed alarms, in one transaction.
     */
    public void write(Batch b) throws SQLException {
        write(b, false);
    }

    /**
     * {@link #write(Batch)}; a {@code retry} of a batch whose earlier attempt may have committed
     * before its connection broke (a database cut) first looks for the batch's first journal entry
     * and, finding it, writes nothing: the transaction is all or nothing, so the whole batch is
     * there. A journal entry is one alarm's transition at one millisecond; two such are never made.
     */
    public void write(Batch b, boolean retry) throws SQLException {
        db.inTransaction(
                c -> {
                    if (retry && !b.entries().isEmpty() && stored(c, b.entries().get(0)))
                        return null;
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO alarm_journal (time_ms, alarm_id, "
                                            + "enterprise_id, from_state, to_state, val, user_name, note) VALUES (?,?,?,?,?,?,?,?)")) {
                        for (int i = 0; i < b.entries().size(); i++) {
                            JournalEntry e = b.entries().get(i);
                            ps.setLong(1, e.timeMs());
                            ps.setString(2, e.alarmId());
                            ps.setString(3, b.enterpriseIds().get(i));
                            ps.setString(4, e.from().name());
                            ps.setString(5, e.to().name());
                            setDouble(ps, 6, e.value());
                            ps.setString(7, e.user());
                            ps.setString(8, cut(e.comment()));
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    try (PreparedStatement del =
                                    c.prepareStatement(
                                            "DELETE FROM alarm_active WHERE alarm_id = ?");
                            PreparedStatement ins =
                                    c.prepareStatement(
                                            "INSERT INTO alarm_active (alarm_id, state, "
                                                    + "condition_active, activated_ms, last_change_ms, val, shelved_until_ms, shelve_reason, "
                                                    + "shelved_by) VALUES (?,?,?,?,?,?,?,?,?)")) {
                        for (int i = 0; i < b.changedIds().size(); i++) {
                            del.setString(1, b.changedIds().get(i));
                            del.addBatch();
                            ActiveAlarm a = b.changedViews().get(i);
                            if (a == null || a.state() == AlarmState.NORMAL) continue;
                            ins.setString(1, a.alarmId());
                            ins.setString(2, a.state().name());
                            ins.setBoolean(3, a.conditionActive());
                            ins.setLong(4, a.activatedMs());
                            ins.setLong(5, a.lastChangeMs());
                            setDouble(ins, 6, a.value());
                            ins.setLong(7, a.shelvedUntilMs());
                            ins.setString(8, cut(a.shelveReason()));
                            ins.setString(9, a.shelvedBy());
                            ins.addBatch();
                        }
                        del.executeBatch();
                        ins.executeBatch();
                    }
                    return null;
                });
    }

    private static boolean stored(Connection c, JournalEntry e) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT 1 FROM alarm_journal WHERE time_ms = ? AND alarm_id = ? AND"
                                + " from_state = ? AND to_state = ?")) {
            ps.setLong(1, e.timeMs());
            ps.setString(2, e.alarmId());
            ps.setString(3, e.from().name());
            ps.setString(4, e.to().name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The persisted active alarms, completed with enterprise, tag, feature and priority from the
     * current definitions ({@code describe}: alarm id → view with those fields, or null when the
     * alarm is no longer defined — such rows are returned with nulls and the manager skips them).
     */
    public List<ActiveAlarm> loadActive(Function<String, ActiveAlarm> describe)
            throws SQLException {
        return db.withConnection(
                c -> {
                    List<ActiveAlarm> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT alarm_id, state, condition_active, activated_ms, "
                                                    + "last_change_ms, val, shelved_until_ms, shelve_reason, shelved_by FROM alarm_active");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String id = rs.getString(1);
                            ActiveAlarm d = describe.apply(id);
                            double v = rs.getDouble(6);
                            if (rs.wasNull()) v = Double.NaN;
                            out.add(
                                    new ActiveAlarm(
                                            id,
                                            d == null ? null : d.enterpriseId(),
                                            d == null ? null : d.tagId(),
                                            d == null ? null : d.featureId(),
                                            d == null ? null : d.priority(),
                                            AlarmState.valueOf(rs.getString(2)),
                                            rs.getBoolean(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            v,
                                            rs.getLong(7),
                                            rs.getString(8),
                                            rs.getString(9)));
                        }
                    }
                    return out;
                });
    }

    /**
     * Journal entries with {@code fromMs <= time < toMs}, oldest first, optionally of one alarm
     * and/or one enterprise.
     *
     * @param limit most entries returned (the oldest ones win)
     */
    public List<JournalEntry> journal(
            long fromMs, long toMs, String alarmId, String enterpriseId, int limit)
            throws SQLException {
        return db.withConnection(c -> query(c, fromMs, toMs, alarmId, enterpriseId, limit));
    }

    /**
     * Journal entries with {@code fromMs <= time < toMs} of the alarms whose id contains {@code
     * idPart} (e.g. {@code .ENV.}, the environmental exceedances), oldest first.
     *
     * @param limit most entries returned (the oldest ones win)
     */
    public List<JournalEntry> journalOfAlarmsContaining(
            long fromMs, long toMs, String idPart, int limit) throws SQLException {
        String like = "%" + idPart.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return db.withConnection(c -> query(c, fromMs, toMs, null, null, like, limit));
    }

    private static List<JournalEntry> query(
            Connection c, long fromMs, long toMs, String alarmId, String enterpriseId, int limit)
            throws SQLException {
        return query(c, fromMs, toMs, alarmId, enterpriseId, null, limit);
    }

    private static List<JournalEntry> query(
            Connection c,
            long fromMs,
            long toMs,
            String alarmId,
            String enterpriseId,
            String alarmIdLike,
            int limit)
            throws SQLException {
        StringBuilder sql =
                new StringBuilder(
                        "SELECT time_ms, alarm_id, from_state, to_state, val, user_name, note "
                                + "FROM alarm_journal WHERE time_ms >= ? AND time_ms < ?");
        if (alarmId != null) sql.append(" AND alarm_id = ?");
        if (enterpriseId != null) sql.append(" AND enterprise_id = ?");
        if (alarmIdLike != null) sql.append(" AND alarm_id LIKE ? ESCAPE '!'");
        sql.append(" ORDER BY time_ms, id LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setLong(i++, fromMs);
            ps.setLong(i++, toMs);
            if (alarmId != null) ps.setString(i++, alarmId);
            if (enterpriseId != null) ps.setString(i++, enterpriseId);
            if (alarmIdLike != null) ps.setString(i++, alarmIdLike);
            ps.setInt(i, limit);
            List<JournalEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(5);
                    if (rs.wasNull()) v = Double.NaN;
                    out.add(
                            new JournalEntry(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    AlarmState.valueOf(rs.getString(3)),
                                    AlarmState.valueOf(rs.getString(4)),
                                    v,
                                    rs.getString(6),
                                    rs.getString(7)));
                }
            }
            return out;
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v) || Double.isInfinite(v)) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
