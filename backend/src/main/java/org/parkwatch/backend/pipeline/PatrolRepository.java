package org.parkwatch.backend.pipeline;

import io.vertx.core.json.JsonArray;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/** Patrols in the database (V97); the only place with the SQL of {@code pipeline_patrol}. */
final class PatrolRepository {
    private final Database db;

    PatrolRepository(Database db) {
        this.db = db;
    }

    void insert(Patrol p) throws SQLException {
        JsonArray track = new JsonArray();
        for (double[] pt : p.track())
            track.add(new JsonArray().add(pt[0]).add(pt[1]).add((long) pt[2]));
        db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO pipeline_patrol (id, pipeline_id, patroller,"
                                            + " started_ms, ended_ms, points, track, note,"
                                            + " created_by, created_ms)"
                                            + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                        ps.setString(1, p.id());
                        ps.setString(2, p.pipelineId());
                        ps.setString(3, p.patroller());
                        ps.setLong(4, p.startedMs());
                        ps.setLong(5, p.endedMs());
                        ps.setInt(6, p.track().size());
                        ps.setString(7, track.encode());
                        ps.setString(8, p.note());
                        ps.setString(9, p.createdBy());
                        ps.setLong(10, p.createdMs());
                        return ps.executeUpdate();
                    }
                });
    }

    /** Patrols that ended in [fromMs, toMs), newest first. */
    List<Patrol> between(long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                c -> {
                    List<Patrol> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, pipeline_id, patroller, started_ms, ended_ms,"
                                            + " track, note, created_by, created_ms"
                                            + " FROM pipeline_patrol"
                                            + " WHERE ended_ms >= ? AND ended_ms < ?"
                                            + " ORDER BY ended_ms DESC, id")) {
                        ps.setLong(1, fromMs);
                        ps.setLong(2, toMs);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                List<double[]> track = new ArrayList<>();
                                for (Object o : new JsonArray(rs.getString(6))) {
                                    JsonArray a = (JsonArray) o;
                                    track.add(
                                            new double[] {
                                                a.getDouble(0), a.getDouble(1), a.getLong(2)
                                            });
                                }
                                out.add(
                                        new Patrol(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getLong(4),
                                                rs.getLong(5),
                                                track,
                                                rs.getString(7),
                                                rs.getString(8),
                                                rs.getLong(9)));
                            }
                        }
                    }
                    return out;
                });
    }
}
