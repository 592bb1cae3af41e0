package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/** Where audit records are kept: the database ({@link AuditRepository}) or memory ({@link MemoryAuditStore}). */
public interface AuditStore {
    /** The record with the highest seq, or null when the log is empty. */
    AuditRecord last() throws SQLException;

    void append(AuditRecord r) throws SQLException;

    /** Newest first, filtered; {@code limit} records from {@code offset}. */
    List<AuditRecord> query(AuditQuery q) throws SQLException;

    /** Hands every record to {@code sink} in seq order until it returns false. */
    void scan(Predicate<AuditRecord> sink) throws SQLException;

    /**
     * @param fromMs inclusive, null = any; @param toMs exclusive, null = any; user and action exact, null = any
     */
    record AuditQuery(Long fromMs, Long toMs, String user, String action, int limit, int offset) {
        public boolean matches(AuditRecord r) {
            return (fromMs == null || r.tsMs() >= fromMs) && (toMs == null || r.tsMs() < toMs)
                    && (user == null || user.equals(r.username())) && (action == null || action.equals(r.action()));
        }
    }
}
