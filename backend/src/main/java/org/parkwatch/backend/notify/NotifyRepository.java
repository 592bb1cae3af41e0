package org.parkwatch.backend.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/** The only place with the SQL of notifications, messages and the edited roster. Blocking. */
public final class NotifyRepository {
    private static final String MESSAGE_COLUMNS =
            "id, notification_id, incident_id, person_id, person_name, channel, address, lang, subject, body,"
                    + " step, state, reason, attempts, next_attempt_ms, created_ms, updated_ms, ack_ms, ack_by";
    private static final String NOTIFICATION_COLUMNS =
            "id, incident_id, kind, drill, enterprises, title, level, detail, created_ms, step, escalation,"
                    + " next_escalation_ms, exhausted, ack_ms, ack_by";

    private final Database db;

    public NotifyRepository(Database db) {
        this.db = db;
    }

    /** A message to insert with the hash and expiry of its acknowledgement token. */
    public record NewMessage(NotifyMessage message, String tokenHash, long tokenExpiresMs) {}

    /** Inserts a notification and its messages in one transaction. */
    public void insert(NotificationRow n, List<NewMessage> messages) throws SQLException {
        db.inTransaction(
                c -> {
                    insertNotification(c, n);
                    insertMessages(c, messages);
                    return null;
                });
    }

    /**
     * Inserts the messages of an escalation step and moves the notification on, in one transaction.
     */
    public void escalate(NotificationRow n, List<NewMessage> messages) throws SQLException {
        db.inTransaction(
                c -> {
                    insertMessages(c, messages);
                    saveEscalation(c, n);
                    return null;
                });
    }

    /** Saves the escalation state alone (step, remaining order, next time, exhausted). */
    public void saveEscalation(NotificationRow n) throws SQLException {
        db.withConnection(
                c -> {
                    saveEscalation(c, n);
                    return null;
                });
    }

    private static void saveEscalation(Connection c, NotificationRow n) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE notify_notification SET step = ?, escalation = ?, next_escalation_ms = ?, exhausted = ?"
                                + " WHERE id = ? AND ack_ms = 0")) {
            ps.setInt(1, n.step());
            ps.setString(2, String.join(",", n.escalation()));
            ps.setLong(3, n.nextEscalationMs());
            ps.setBoolean(4, n.exhausted());
            ps.setString(5, n.id());
            ps.executeUpdate();
        }
    }

    private static void insertNotification(Connection c, NotificationRow n) throws SQLException {
        NotificationRequest r = n.request();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO notify_notification ("
                                + NOTIFICATION_COLUMNS
                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, n.id());
            ps.setString(2, r.incidentId());
            ps.setString(3, r.kind().name());
            ps.setBoolean(4, r.drill());
            ps.setString(5, String.join(",", new java.util.TreeSet<>(r.enterpriseIds())));
            ps.setString(6, r.title());
            ps.setString(7, r.level());
            ps.setString(8, r.detail());
            ps.setLong(9, n.createdMs());
            ps.setInt(10, n.step());
            ps.setString(11, String.join(",", n.escalation()));
            ps.setLong(12, n.nextEscalationMs());
            ps.setBoolean(13, n.exhausted());
            ps.setLong(14, n.ackMs());
            ps.setString(15, n.ackBy());
            ps.executeUpdate();
        }
    }

    private static void insertMessages(Connection c, List<NewMessage> messages)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO notify_message ("
                                + MESSAGE_COLUMNS
                                + ", token_hash, token_expires_ms)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (NewMessage nm : messages) {
                NotifyMessage m = nm.message();
                ps.setString(1, m.id());
                ps.setString(2, m.notificationId());
                ps.setString(3, m.incidentId());
                ps.setString(4, m.personId());
                ps.setString(5, m.personName());
                ps.setString(6, m.channel().id());
                ps.setString(7, m.address());
                ps.setString(8, m.lang());
                ps.setString(9, m.subject());
                ps.setString(10, m.body());
                ps.setInt(11, m.step());
                ps.setString(12, m.state().name());
                ps.setString(13, m.reason());
                ps.setInt(14, m.attempts());
                ps.setLong(15, m.nextAttemptMs());
                ps.setLong(16, m.createdMs());
                ps.setLong(17, m.updatedMs());
                ps.setLong(18, m.ackMs());
                ps.setString(19, m.ackBy());
                ps.setString(20, nm.tokenHash());
                ps.setLong(21, nm.tokenExpiresMs());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Records a delivery attempt's outcome unless the message was acknowledged meanwhile.
     *
     * @return the message as stored afterwards
     */
    public NotifyMessage delivery(
            String id,
            DeliveryState state,
            String reason,
            int attempts,
            long nextAttemptMs,
            long nowMs)
            throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE notify_message SET state = ?, reason = ?, attempts = ?, next_attempt_ms = ?, updated_ms = ?"
                                            + " WHERE id = ? AND state <> 'ACKNOWLEDGED'")) {
                        ps.setString(1, state.name());
                        ps.setString(2, reason);
                        ps.setInt(3, attempts);
                        ps.setLong(4, nextAttemptMs);
                        ps.setLong(5, nowMs);
                        ps.setString(6, id);
                        ps.executeUpdate();
                    }
                    return messages(c, "id = ?", id).get(0);
                });
    }

    /** What an acknowledgement changed: the messages now acknowledged. */
    public record Ack(NotificationRow notification, List<NotifyMessage> acknowledged) {}

    /**
     * Acknowledges by a link's token: valid only once and before it expires. Every message of the
     * same person in the same notification is acknowledged, and the notification's escalation
     * stops.
     *
     * @throws java.util.NoSuchElementException for an unknown or used token
     * @throws IllegalArgumentException for an expired one
     */
    public Ack ackByToken(String tokenHash, long nowMs) throws SQLException {
        return db.inTransaction(
                c -> {
                    List<String[]> hit = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, token_expires_ms, person_name FROM notify_message WHERE token_hash = ?")) {
                        ps.setString(1, tokenHash);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next())
                                hit.add(
                                        new String[] {
                                            rs.getString(1),
                                            Long.toString(rs.getLong(2)),
                                            rs.getString(3)
                                        });
                        }
                    }
                    if (hit.isEmpty())
                        throw new java.util.NoSuchElementException(
                                "this acknowledgement link is unknown or was already used (链接无效或已使用)");
                    if (Long.parseLong(hit.get(0)[1]) < nowMs)
                        throw new IllegalArgumentException(
                                "this acknowledgement link has expired (链接已过期)");
                    return ack(c, hit.get(0)[0], hit.get(0)[2], nowMs);
                });
    }

    /** Acknowledges a message in the UI by a logged-in user. */
    public Ack ackById(String messageId, String user, long nowMs) throws SQLException {
        return db.inTransaction(
                c -> {
                    if (messages(c, "id = ?", messageId).isEmpty())
                        throw new java.util.NoSuchElementException(
                                "no message '" + messageId + "'");
                    return ack(c, messageId, user, nowMs);
                });
    }

    private static Ack ack(Connection c, String messageId, String by, long nowMs)
            throws SQLException {
        NotifyMessage m = messages(c, "id = ?", messageId).get(0);
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE notify_message SET state = 'ACKNOWLEDGED', ack_ms = ?, ack_by = ?, updated_ms = ?, token_hash = NULL"
                                + " WHERE notification_id = ? AND person_id = ? AND state <> 'ACKNOWLEDGED'")) {
            ps.setLong(1, nowMs);
            ps.setString(2, by);
            ps.setLong(3, nowMs);
            ps.setString(4, m.notificationId());
            ps.setString(5, m.personId());
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "UPDATE notify_notification SET ack_ms = ?, ack_by = ?, next_escalation_ms = 0 WHERE id = ? AND ack_ms = 0")) {
            ps.setLong(1, nowMs);
            ps.setString(2, by);
            ps.setString(3, m.notificationId());
            ps.executeUpdate();
        }
        List<NotifyMessage> acked = new ArrayList<>();
        for (NotifyMessage x : messages(c, "notification_id = ?", m.notificationId()))
            if (x.personId().equals(m.personId())) acked.add(x);
        return new Ack(notifications(c, "id = ?", m.notificationId()).get(0), acked);
    }

    public Optional<NotificationRow> notification(String id) throws SQLException {
        return db.withConnection(c -> notifications(c, "id = ?", id).stream().findFirst());
    }

    /** Notifications still waiting for an acknowledgement with an escalation step due. */
    public List<NotificationRow> pendingEscalations() throws SQLException {
        return db.withConnection(
                c -> notifications(c, "ack_ms = 0 AND next_escalation_ms > ?", 0L));
    }

    /** Notifications created in [fromMs, toMs). */
    public List<NotificationRow> notificationsBetween(long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                c -> notifications(c, "created_ms >= ? AND created_ms < ?", fromMs, toMs));
    }

    /** Notifications that reached everybody without an acknowledgement. */
    public List<NotificationRow> exhausted() throws SQLException {
        return db.withConnection(c -> notifications(c, "exhausted = ? AND ack_ms = 0", true));
    }

    public List<NotifyMessage> messagesOfIncident(String incidentId) throws SQLException {
        return db.withConnection(c -> messages(c, "incident_id = ?", incidentId));
    }

    public List<NotifyMessage> messagesBetween(long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                c -> messages(c, "created_ms >= ? AND created_ms < ?", fromMs, toMs));
    }

    /** Messages waiting for a delivery attempt (to resume after a restart). */
    public List<NotifyMessage> queued() throws SQLException {
        return db.withConnection(c -> messages(c, "state = ?", DeliveryState.QUEUED.name()));
    }

    /** The roster edited through the API, or empty when the file's is in force. */
    public Optional<String> roster() throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT body FROM notify_roster WHERE id = 1");
                            ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                });
    }

    public void saveRoster(String body, String user, long nowMs) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement del =
                            c.prepareStatement("DELETE FROM notify_roster WHERE id = 1")) {
                        del.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO notify_roster (id, body, updated_ms, updated_by) VALUES (1, ?, ?, ?)")) {
                        ps.setString(1, body);
                        ps.setLong(2, nowMs);
                        ps.setString(3, user);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    private static List<NotifyMessage> messages(Connection c, String where, Object... args)
            throws SQLException {
        List<NotifyMessage> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT "
                                + MESSAGE_COLUMNS
                                + " FROM notify_message WHERE "
                                + where
                                + " ORDER BY created_ms, id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(
                            new NotifyMessage(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    Channel.parse(rs.getString(6)),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getString(10),
                                    rs.getInt(11),
                                    DeliveryState.valueOf(rs.getString(12)),
                                    rs.getString(13),
                                    rs.getInt(14),
                                    rs.getLong(15),
                                    rs.getLong(16),
                                    rs.getLong(17),
                                    rs.getLong(18),
                                    rs.getString(19)));
                }
            }
        }
        return out;
    }

    private static List<NotificationRow> notifications(Connection c, String where, Object... args)
            throws SQLException {
        List<NotificationRow> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT "
                                + NOTIFICATION_COLUMNS
                                + " FROM notify_notification WHERE "
                                + where
                                + " ORDER BY created_ms, id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    NotificationRequest r =
                            new NotificationRequest(
                                    MessageKind.valueOf(rs.getString(3)),
                                    rs.getString(2),
                                    split(rs.getString(5)),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getBoolean(4));
                    out.add(
                            new NotificationRow(
                                    rs.getString(1),
                                    r,
                                    rs.getLong(9),
                                    rs.getInt(10),
                                    List.copyOf(split(rs.getString(11))),
                                    rs.getLong(12),
                                    rs.getBoolean(13),
                                    rs.getLong(14),
                                    rs.getString(15)));
                }
            }
        }
        return out;
    }

    private static java.util.LinkedHashSet<String> split(String csv) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (csv != null) for (String s : csv.split(",")) if (!s.isBlank()) out.add(s);
        return out;
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }
}
