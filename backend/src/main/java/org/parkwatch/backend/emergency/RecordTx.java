package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.security.AuditEvent;

/**
 * One change to an incident's command record in one transaction: the record is read (404 when
 * unknown, 409 when closed and the change needs it open), changed, and every log entry written with
 * it; a failure anywhere rolls all of it back.
 */
final class RecordTx {
    private final Database db;
    private final EmergencyRepository repo;
    private final IncidentLog log;
    private final LongSupplier clockMs;

    RecordTx(Database db, EmergencyRepository repo, IncidentLog log, LongSupplier clockMs) {
        this.db = db;
        this.repo = repo;
        this.log = log;
        this.clockMs = clockMs;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** The open transaction on one record. */
    final class Tx {
        final Connection c;
        final long nowMs;
        CommandRecord record;

        Tx(Connection c, CommandRecord record, long nowMs) {
            this.c = c;
            this.record = record;
            this.nowMs = nowMs;
        }

        void save(CommandRecord r) throws SQLException {
            repo.updateRecord(c, r);
            record = r;
        }

        void log(Actor a, String action, String target, JsonObject detail) throws SQLException {
            log.append(
                    c,
                    record.incidentId(),
                    new AuditEvent(
                            nowMs, a.username(), a.role(), a.source(), action, target, detail));
        }

        EmergencyRepository repo() {
            return repo;
        }
    }

    <T> T run(String incidentId, boolean mustBeOpen, Work<T> work) throws SQLException {
        long now = clockMs.getAsLong();
        return db.inTransaction(
                c -> {
                    CommandRecord r =
                            repo.record(c, incidentId)
                                    .orElseThrow(
                                            () ->
                                                    new NoSuchElementException(
                                                            "no command record for incident '"
                                                                    + incidentId
                                                                    + "'"));
                    if (mustBeOpen && r.closed()) {
                        throw new ConflictException(
                                "the command record of "
                                        + incidentId
                                        + " is closed (all clear at "
                                        + Instant.ofEpochMilli(r.allClearMs())
                                        + ")");
                    }
                    return work.run(new Tx(c, r, now));
                });
    }

    /** Inserts a new record and runs {@code work} on it; false (nothing done) when it exists. */
    boolean create(CommandRecord r, Work<?> work) throws SQLException {
        long now = clockMs.getAsLong();
        return db.inTransaction(
                c -> {
                    if (repo.record(c, r.incidentId()).isPresent()) return false;
                    repo.insertRecord(c, r);
                    work.run(new Tx(c, r, now));
                    return true;
                });
    }

    EmergencyRepository repo() {
        return repo;
    }

    /** Reads without changing. */
    <T> T read(Database.SqlWork<T> work) throws SQLException {
        return db.withConnection(work);
    }

    <T> T write(Database.SqlWork<T> work) throws SQLException {
        return db.inTransaction(work);
    }

    IncidentLog log() {
        return log;
    }

    long now() {
        return clockMs.getAsLong();
    }
}
