package org.parkwatch.backend.basemap;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads tiles from an MBTiles file (MBTiles 1.3: an SQLite database with a {@code tiles} table
 * keyed by zoom_level, tile_column and tile_row in the TMS scheme, whose row 0 is the southernmost
 * — XYZ's {@code y} is flipped) through one read-only connection. Blocking: call from a worker
 * thread; synchronized, as the connection is single.
 */
public final class MbTilesFile implements AutoCloseable {
    private final Connection connection;
    private final String mediaType;

    private MbTilesFile(Connection connection, String mediaType) {
        this.connection = connection;
        this.mediaType = mediaType;
    }

    /**
     * Opens {@code file} read-only; @throws IOException naming the file when it is not an MBTiles
     * database
     */
    public static MbTilesFile open(Path file) throws IOException {
        try {
            Connection c =
                    DriverManager.getConnection(
                            "jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
            String format = "png";
            try (PreparedStatement st =
                            c.prepareStatement("SELECT value FROM metadata WHERE name = 'format'");
                    ResultSet rs = st.executeQuery()) {
                if (rs.next()) format = rs.getString(1);
            } catch (SQLException e) {
                c.close();
                throw new IOException(
                        file + ": not an MBTiles file (no metadata table: " + e.getMessage() + ")",
                        e);
            }
            return new MbTilesFile(c, mediaType(format));
        } catch (SQLException e) {
            throw new IOException(file + ": cannot open as SQLite: " + e.getMessage(), e);
        }
    }

    /** The HTTP media type of the tiles, from the metadata's {@code format}. */
    public String mediaType() {
        return mediaType;
    }

    static String mediaType(String format) {
        return switch (format == null ? "" : format.toLowerCase()) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "webp" -> "image/webp";
            case "pbf" -> "application/x-protobuf";
            default -> "image/png";
        };
    }

    /** The tile at XYZ {@code z/x/y}; empty when the file has none there. */
    public synchronized Optional<byte[]> tile(int z, int x, int y) throws IOException {
        int tmsRow = (1 << z) - 1 - y;
        try (PreparedStatement st =
                connection.prepareStatement(
                        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            st.setInt(1, z);
            st.setInt(2, x);
            st.setInt(3, tmsRow);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException(
                    "MBTiles tile " + z + "/" + x + "/" + y + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
