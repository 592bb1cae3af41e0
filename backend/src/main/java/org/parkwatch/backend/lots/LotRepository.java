package org.parkwatch.backend.lots;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.security.AuditChain;
import org.parkwatch.backend.security.AuditEvent;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.backend.security.AuditStore;

/**
 * The lot ledger in the database (V96): lots, their events, one hash chain per enterprise in the
 * audit log's format ({@link AuditChain}) and its head kept apart from the rows. The hash covers
 * every stored column of an event (rebuilt from the columns when verifying), so changing any of
 * them in the database, deleting a row or the newest rows is found by {@link #verify}. The only
 * place with the SQL of {@code chem_lot*}.
 */
final class LotRepository {
    /** The {@code source} of the chain's records: the ledger, not a network address. */
    static final String SOURCE = "chemical-lots";

    private static final String EVENT_COLUMNS =
            "seq, ts_ms, username, role, kind, label_id, enterprise_id, cas, quantity_kg,"
                    + " location_id, counterparty, note";

    /** A lot's identity: label, holder and chemical. */
    record LotRow(String labelId, String enterpriseId, String cas) {}

    private final Database db;

    LotRepository(Database db) {
        this.db = db;
    }

    /**
     * Appends {@code e} to its enterprise's chain (creating the lot for a receipt) and moves the
     * head, all in one transaction; serialised, so two events never take the same seq.
     *
     * @throws IllegalStateException when a receipt names a label that exists
     */
    synchronized LotEvent append(LotEvent e) throws SQLException {
        return db.inTransaction(
                c -> {
                    if (e.kind() == LotEventKind.RECEIPT) {
                        if (lot(c, e.labelId()).isPresent()) {
                            throw new IllegalStateException(
                                    "label " + e.labelId() + " is already registered to a lot");
                        }
                        update(
                                c,
                                "INSERT INTO chem_lot (label_id, enterprise_id, cas, created_ms)"
                                        + " VALUES (?,?,?,?)",
                                e.labelId(),
                                e.enterpriseId(),
                                e.cas(),
                                e.tsMs());
                    }
                    AuditStore.Head head = head(c, e.enterpriseId());
                    AuditRecord r = AuditChain.link(head.count(), head.lastHash(), auditEvent(e));
                    LotEvent stored = e.withSeq(r.seq());
                    update(
                            c,
                            "INSERT INTO chem_lot_event ("
                                    + EVENT_COLUMNS
                                    + ", prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            stored.seq(),
                            stored.tsMs(),
                            stored.username(),
                            stored.role(),
                            stored.kind().id(),
                            stored.labelId(),
                            stored.enterpriseId(),
                            stored.cas(),
                            stored.quantityKg(),
                            stored.locationId(),
                            stored.counterparty(),
                            stored.note(),
                            r.prevHash(),
                            r.hash());
                    if (update(
                                    c,
                                    "UPDATE chem_lot_head SET record_count = ?, last_hash = ?"
                                            + " WHERE enterprise_id = ?",
                                    r.seq(),
                                    r.hash(),
                                    e.enterpriseId())
                            == 0) {
                        update(
                                c,
                                "INSERT INTO chem_lot_head (enterprise_id, record_count, last_hash)"
                                        + " VALUES (?,?,?)",
                                e.enterpriseId(),
                                r.seq(),
                                r.hash());
                    }
                    return stored;
                });
    }

    Optional<LotRow> lot(String labelId) throws SQLException {
        return db.withConnection(c -> lot(c, labelId));
    }

    /** Every event of one enterprise (or all, {@code enterpriseId} null) in chain order. */
    List<LotEvent> events(String enterpriseId) throws SQLException {
        return db.withConnection(
                c ->
                        enterpriseId == null
                                ? events(
                                        c,
                                        "SELECT "
                                                + EVENT_COLUMNS
                                                + " FROM chem_lot_event ORDER BY enterprise_id, seq")
                                : events(
                                        c,
                                        "SELECT "
                                                + EVENT_COLUMNS
                                                + " FROM chem_lot_event WHERE enterprise_id = ?"
                                                + " ORDER BY seq",
                                        enterpriseId));
    }

    /** The events of one lot in order. */
    List<LotEvent> eventsOfLot(String labelId) throws SQLException {
        return db.withConnection(
                c ->
                        events(
                                c,
                                "SELECT "
                                        + EVENT_COLUMNS
                                        + " FROM chem_lot_event WHERE label_id = ? ORDER BY seq",
                                labelId));
    }

    /** Enterprises that have a chain (a head), sorted. */
    List<String> chainedEnterprises() throws SQLException {
        return db.withConnection(
                c -> {
                    List<String> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT enterprise_id FROM chem_lot_head"
                                                    + " ORDER BY enterprise_id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getString(1));
                    }
                    return out;
                });
    }

    /**
     * Walks one enterprise's chain, recomputing every hash from the columns, then checks the head.
     */
    AuditChain.Verifier verify(String enterpriseId) throws SQLException {
        return db.withConnection(
                c -> {
                    AuditChain.Verifier v = new AuditChain.Verifier();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT "
                                            + EVENT_COLUMNS
                                            + ", prev_hash, hash FROM chem_lot_event"
                                            + " WHERE enterprise_id = ? ORDER BY seq")) {
                        ps.setString(1, enterpriseId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                if (!v.accept(storedRecord(rs))) break;
                            }
                        }
                    }
                    v.checkHead(head(c, enterpriseId));
                    return v;
                });
    }

    /**
     * A stored row as its audit record; a row whose kind was changed to something unknown keeps its
     * seq and gets a hash no record can have, so the chain breaks there.
     */
    private static AuditRecord storedRecord(ResultSet rs) throws SQLException {
        try {
            return record(event(rs), rs.getString(13), rs.getString(14));
        } catch (IllegalArgumentException unknownKind) {
            return new AuditRecord(
                    rs.getLong(1), rs.getLong(2), "", "", SOURCE, "", "", "{}", "", "unreadable");
        }
    }

    /** The chain's view of an event: every column of the ledger is in the hashed record. */
    static AuditEvent auditEvent(LotEvent e) {
        return new AuditEvent(
                e.tsMs(), e.username(), e.role(), SOURCE, e.kind().id(), e.labelId(), detail(e));
    }

    /** The stored event as the audit record its hash was computed over. */
    static AuditRecord record(LotEvent e, String prevHash, String hash) {
        return new AuditRecord(
                e.seq(),
                e.tsMs(),
                e.username(),
                e.role(),
                SOURCE,
                e.kind().id(),
                e.labelId(),
                detail(e).encode(),
                prevHash,
                hash);
    }

    private static JsonObject detail(LotEvent e) {
        return new JsonObject()
                .put("enterpriseId", e.enterpriseId())
                .put("cas", e.cas())
                .put("quantityKg", e.quantityKg())
                .put("locationId", e.locationId())
                .put("counterparty", e.counterparty())
                .put("note", e.note());
    }

    private static Optional<LotRow> lot(Connection c, String labelId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT label_id, enterprise_id, cas FROM chem_lot WHERE label_id = ?")) {
            ps.setString(1, labelId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LotRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static AuditStore.Head head(Connection c, String enterpriseId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT record_count, last_hash FROM chem_lot_head WHERE enterprise_id = ?")) {
            ps.setString(1, enterpriseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? new AuditStore.Head(rs.getLong(1), rs.getString(2))
                        : AuditStore.Head.EMPTY;
            }
        }
    }

    private static List<LotEvent> events(Connection c, String sql, Object... args)
            throws SQLException {
        List<LotEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(event(rs));
            }
        }
        return out;
    }

    private static LotEvent event(ResultSet rs) throws SQLException {
        return new LotEvent(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                LotEventKind.parse(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getDouble(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps.executeUpdate();
        }
    }
}
