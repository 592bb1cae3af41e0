package org.parkwatch.backend.emergency;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.parkwatch.backend.security.AuditChain;
import org.parkwatch.backend.security.AuditEvent;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.backend.security.AuditStore;

/**
 * The append-only incident log (issue 14): one hash chain per incident in the audit log's format
 * ({@link AuditChain}: {@code hash = SHA-256(prev_hash ‖ canonical record)}), its head (count +
 * last hash) kept apart from the rows so that deleting the newest entries is found like in the
 * audit log. Entries are appended in the caller's transaction, so a decision and its entry commit
 * together. The SQL of {@code emergency_log} and {@code emergency_log_head} (V65) is here only.
 */
final class IncidentLog {
    private static final String COLUMNS =
            "seq, ts_ms, username, role, source, action, target, detail, prev_hash, hash";

    /** Appends {@code event} to the incident's chain; returns the stored record. */
    AuditRecord append(Connection c, String incidentId, AuditEvent raw) throws SQLException {
        // bounded to the columns before hashing, so the stored row is what was hashed
        AuditEvent event =
                new AuditEvent(
                        raw.tsMs(),
                        cut(raw.username(), 64),
                        cut(raw.role(), 16),
                        cut(raw.source(), 128),
                        cut(raw.action(), 64),
                        cut(raw.target(), 1000),
                        raw.detail());
        AuditStore.Head head = head(c, incidentId);
        AuditRecord r = AuditChain.link(head.count(), head.lastHash(), event);
        EmergencyRepository.update(
                c,
                "INSERT INTO emergency_log (incident_id, "
                        + COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                incidentId,
                r.seq(),
                r.tsMs(),
                r.username(),
                r.role(),
                r.source(),
                r.action(),
                r.target(),
                r.detail(),
                r.prevHash(),
                r.hash());
        if (EmergencyRepository.update(
                        c,
                        "UPDATE emergency_log_head SET record_count = ?, last_hash = ? WHERE incident_id = ?",
                        r.seq(),
                        r.hash(),
                        incidentId)
                == 0) {
            EmergencyRepository.update(
                    c,
                    "INSERT INTO emergency_log_head (incident_id, record_count, last_hash) VALUES (?,?,?)",
                    incidentId,
                    r.seq(),
                    r.hash());
        }
        return r;
    }

    /** The incident's entries in order. */
    List<AuditRecord> entries(Connection c, String incidentId) throws SQLException {
        return EmergencyRepository.query(
                c,
                "SELECT " + COLUMNS + " FROM emergency_log WHERE incident_id = ? ORDER BY seq",
                rs ->
                        new AuditRecord(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10)),
                incidentId);
    }

    /** Walks the incident's chain and compares its end with the head. */
    AuditChain.Verifier verify(Connection c, String incidentId) throws SQLException {
        AuditChain.Verifier v = new AuditChain.Verifier();
        for (AuditRecord r : entries(c, incidentId)) if (!v.accept(r)) break;
        v.checkHead(head(c, incidentId));
        return v;
    }

    private static AuditStore.Head head(Connection c, String incidentId) throws SQLException {
        return EmergencyRepository.query(
                        c,
                        "SELECT record_count, last_hash FROM emergency_log_head WHERE incident_id = ?",
                        rs -> new AuditStore.Head(rs.getLong(1), rs.getString(2)),
                        incidentId)
                .stream()
                .findFirst()
                .orElse(AuditStore.Head.EMPTY);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
