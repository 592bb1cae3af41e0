package org.parkwatch.backend.alarm.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.alarm.AlarmFeedback;
import org.parkwatch.backend.platform.db.Database;

/**
 * Alarm feedback and its photos in the database (migrations V20 {@code alarm_feedback}, V21 {@code
 * alarm_feedback_photo}): the photo bytes live in their own table, the feedback row names them.
 * Every call blocks: call it off the event loop.
 */
public final class FeedbackRepository {
    /** A stored photo: its media type and bytes. */
    public record Photo(String type, byte[] bytes) {}

    private final Database db;

    public FeedbackRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores the feedback (and its photo, when {@code photo} is not null) in one transaction;
     * returns it with its id.
     */
    public AlarmFeedback save(AlarmFeedback f, byte[] photo) throws SQLException {
        return db.inTransaction(
                c -> {
                    if (photo != null) {
                        try (PreparedStatement ps =
                                c.prepareStatement(
                                        "INSERT INTO alarm_feedback_photo (id, type, bytes) VALUES (?,?,?)")) {
                            ps.setString(1, f.photoId());
                            ps.setString(2, f.photoType());
                            ps.setBytes(3, photo);
                            ps.executeUpdate();
                        }
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO alarm_feedback (alarm_id, enterprise_id, "
                                            + "cause, disposal, photo_id, photo_type, author, time_ms) VALUES (?,?,?,?,?,?,?,?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, f.alarmId());
                        ps.setString(2, f.enterpriseId());
                        ps.setString(3, f.cause());
                        ps.setString(4, f.disposal());
                        ps.setString(5, f.photoId());
                        ps.setString(6, f.photoType());
                        ps.setString(7, f.author());
                        ps.setLong(8, f.timeMs());
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            return new AlarmFeedback(
                                    keys.getLong(1),
                                    f.alarmId(),
                                    f.enterpriseId(),
                                    f.cause(),
                                    f.disposal(),
                                    f.photoId(),
                                    f.photoType(),
                                    f.author(),
                                    f.timeMs());
                        }
                    }
                });
    }

    /** Feedback on these alarms, oldest first. */
    public List<AlarmFeedback> ofAlarms(Collection<String> alarmIds) throws SQLException {
        if (alarmIds.isEmpty()) return List.of();
        String marks = String.join(",", Collections.nCopies(alarmIds.size(), "?"));
        return db.withConnection(
                c -> {
                    List<AlarmFeedback> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, alarm_id, enterprise_id, cause, disposal, "
                                            + "photo_id, photo_type, author, time_ms FROM alarm_feedback WHERE alarm_id IN ("
                                            + marks
                                            + ") "
                                            + "ORDER BY time_ms, id")) {
                        int i = 1;
                        for (String id : alarmIds) ps.setString(i++, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        new AlarmFeedback(
                                                rs.getLong(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getString(6),
                                                rs.getString(7),
                                                rs.getString(8),
                                                rs.getLong(9)));
                            }
                        }
                    }
                    return out;
                });
    }

    /** The photo with this id and the alarm it belongs to, if stored. */
    public Optional<Photo> photo(String photoId, String alarmId) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT p.type, p.bytes FROM alarm_feedback_photo p "
                                            + "JOIN alarm_feedback f ON f.photo_id = p.id WHERE p.id = ? AND f.alarm_id = ?")) {
                        ps.setString(1, photoId);
                        ps.setString(2, alarmId);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next()
                                    ? Optional.of(new Photo(rs.getString(1), rs.getBytes(2)))
                                    : Optional.<Photo>empty();
                        }
                    }
                });
    }
}
