package org.parkwatch.backend.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parkwatch.backend.platform.db.Database;

/**
 * The audit log in the database (migrations V12 {@code audit_log}, V15 {@code audit_head}); the
 * only place with its SQL. Calls block.
 */
public final class AuditRepository implements AuditStore {
    private static final String COLUMNS =
            "seq, ts_ms, username, role, source, action, target, detail, prev_hash, hash";

    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    @Override
    public AuditRecord last() throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT "
                                                    + COLUMNS
                                                    + " FROM audit_log ORDER BY seq DESC LIMIT 1");
                            ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? read(rs) : null;
                    }
                });
    }

    @Override
    public Head head() throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT record_count, last_hash FROM audit_head WHERE id = 1");
                            ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : Head.EMPTY;
                    }
                });
    }

    @Override
    public void append(AuditRecord r) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO audit_log ("
                                            + COLUMNS
                                            + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                        ps.setLong(1, r.seq());
                        ps.setLong(2, r.tsMs());
                        ps.setString(3, r.username());
                        ps.setString(4, r.role());
                        ps.setString(5, r.source());
                        ps.setString(6, r.action());
                        ps.setString(7, r.target());
                        ps.setString(8, r.detail());
                        ps.setString(9, r.prevHash());
                        ps.setString(10, r.hash());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE audit_head SET record_count = ?, last_hash = ? WHERE id = 1")) {
                        ps.setLong(1, r.seq());
                        ps.setString(2, r.hash());
                        if (ps.executeUpdate() == 1) return null;
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO audit_head (id, record_count, last_hash) VALUES (1, ?, ?)")) {
                        ps.setLong(1, r.seq());
                        ps.setString(2, r.hash());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    @Override
    public List<AuditRecord> query(AuditQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.fromMs() != null) {
            sql.append(" AND ts_ms >= ?");
            args.add(q.fromMs());
        }
        if (q.toMs() != null) {
            sql.append(" AND ts_ms < ?");
            args.add(q.toMs());
        }
        if (q.user() != null) {
            sql.append(" AND username = ?");
            args.add(q.user());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            args.add(q.action());
        }
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        args.add(q.limit());
        args.add(q.offset());
        return db.withConnection(
                c -> {
                    List<AuditRecord> out = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) out.add(read(rs));
                        }
                    }
                    return out;
                });
    }

    @Override
    public void scan(Predicate<AuditRecord> sink) throws SQLException {
        db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")) {
                        ps.setFetchSize(1000);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) if (!sink.test(read(rs))) break;
                        }
                    }
                    return null;
                });
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }
}
