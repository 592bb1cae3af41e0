package org.parkwatch.backend.gis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.TagDefinition;

/**
 * The only place with SQL for the enterprise and tag registry and the import bookkeeping. Methods
 * block.
 */
public final class ParkRegistryRepository {

    /**
     * Replaces every enterprise and tag row, on the caller's connection (the caller owns the
     * transaction).
     */
    public void replaceRegistry(
            Connection c, List<EnterpriseInfo> enterprises, List<TagDefinition> tags)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM tags");
            st.executeUpdate("DELETE FROM enterprises");
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO enterprises (id, name_zh, name_en, activity, feature_id) VALUES (?, ?, ?, ?, ?)")) {
            for (EnterpriseInfo e : enterprises) {
                ps.setString(1, e.id());
                ps.setString(2, e.nameZh());
                ps.setString(3, e.nameEn());
                ps.setString(4, e.activity());
                ps.setString(5, e.featureId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO tags (id, enterprise_id, feature_id, kind, unit, "
                                + "name_zh, name_en, min_value, max_value, sampling_ms, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TagDefinition t : tags) {
                ps.setString(1, t.id());
                ps.setString(2, t.enterpriseId());
                ps.setString(3, t.featureId());
                ps.setString(4, t.kind().id());
                ps.setString(5, t.unit());
                ps.setString(6, t.nameZh());
                ps.setString(7, t.nameEn());
                ps.setObject(8, t.min(), Types.DOUBLE);
                ps.setObject(9, t.max(), Types.DOUBLE);
                ps.setInt(10, t.samplingMs());
                ps.setString(11, t.node());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The SHA-256 recorded for an import source, if any. */
    public Optional<String> importedSha(Connection c, String name) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT sha256 FROM import_state WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void recordImport(Connection c, String name, String sha256, long nowMs)
            throws SQLException {
        try (PreparedStatement del =
                c.prepareStatement("DELETE FROM import_state WHERE name = ?")) {
            del.setString(1, name);
            del.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO import_state (name, sha256, updated_ms) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, sha256);
            ps.setLong(3, nowMs);
            ps.executeUpdate();
        }
    }
}
