package org.parkwatch.backend.video;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/**
 * Incident snapshots in the database (migration V45): {@code incident_snapshot} lists them, {@code
 * incident_snapshot_image} holds the bytes. Every call blocks: call it off the event loop.
 */
public final class SnapshotRepository {
    /**
     * A kept still frame.
     *
     * @param timeMs when it was taken, epoch ms
     * @param type {@code image/jpeg} or {@code image/png}
     */
    public record Snapshot(
            String id,
            String incidentId,
            String cameraId,
            String author,
            long timeMs,
            String type) {}

    /** A stored image: its media type and bytes. */
    public record Image(String type, byte[] bytes) {}

    private final Database db;

    public SnapshotRepository(Database db) {
        this.db = db;
    }

    /** Stores the row and its image in one transaction. */
    public void save(Snapshot s, byte[] image) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO incident_snapshot_image (id, bytes) VALUES (?,?)")) {
                        ps.setString(1, s.id());
                        ps.setBytes(2, image);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO incident_snapshot (id, incident_id, camera_id, author,"
                                            + " time_ms, type) VALUES (?,?,?,?,?,?)")) {
                        ps.setString(1, s.id());
                        ps.setString(2, s.incidentId());
                        ps.setString(3, s.cameraId());
                        ps.setString(4, s.author());
                        ps.setLong(5, s.timeMs());
                        ps.setString(6, s.type());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** The incident's snapshots, oldest first. */
    public List<Snapshot> ofIncident(String incidentId) throws SQLException {
        return db.withConnection(
                c -> {
                    List<Snapshot> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, incident_id, camera_id, author, time_ms, type FROM"
                                            + " incident_snapshot WHERE incident_id = ? ORDER BY time_ms, id")) {
                        ps.setString(1, incidentId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        new Snapshot(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getLong(5),
                                                rs.getString(6)));
                            }
                        }
                    }
                    return out;
                });
    }

    /** The image of a snapshot of this incident, with its camera; empty when there is none. */
    public Optional<Snapshot> snapshot(String incidentId, String id) throws SQLException {
        return ofIncident(incidentId).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Image> image(String id) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT s.type, i.bytes FROM incident_snapshot s JOIN"
                                            + " incident_snapshot_image i ON i.id = s.id WHERE s.id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next()
                                    ? Optional.of(new Image(rs.getString(1), rs.getBytes(2)))
                                    : Optional.<Image>empty();
                        }
                    }
                });
    }
}
