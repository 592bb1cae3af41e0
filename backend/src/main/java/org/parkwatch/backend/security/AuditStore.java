package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where audit records are kept: the database ({@link AuditRepository}) or memory ({@link
 * MemoryAuditStore}).
 */
public interface AuditStore {
    /** The record with the highest seq, or null when the log is empty. */
    AuditRecord last() throws SQLException;

    /** The head kept apart from the rows ({@link Head#EMPTY} for a new log). */
    Head head() throws SQLException;

    /** Appends {@code r} and moves the head to it, both or neither. */
    void append(AuditRecord r) throws SQLException;

    /** Newest first, filtered; {@code limit} records from {@code offset}. */
    List<AuditRecord> query(AuditQuery q) throws SQLException;

    /** Hands every record to {@code sink} in seq order until it returns false. */
    void scan(Predicate<AuditRecord> sink) throws SQLException;

    /**
     * The end of the chain as the writer left it: the number of records appended (= the last seq)
     * and the last record's hash. Stored apart from the rows, so deleting the newest rows is
     * detected ({@link AuditChain.Verifier}).
     */
    record Head(long count, String lastHash) {
        public static final Head EMPTY = new Head(0, AuditChain.GENESIS);
    }

    /**
     * @param fromMs inclusive, null = any; @param toMs exclusive, null = any; user and action
     *     exact, null = any
     */
    record AuditQuery(Long fromMs, Long toMs, String user, String action, int limit, int offset) {
        public boolean matches(AuditRecord r) {
            return (fromMs == null || r.tsMs() >= fromMs)
                    && (toMs == null || r.tsMs() < toMs)
                    && (user == null || user.equals(r.username()))
                    && (action == null || action.equals(r.action()));
        }
    }
}
