package org.parkwatch.backend.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/**
 * Users in the database (migrations V11 and V36, {@code app_user}); the only place with their SQL.
 * Every call blocks.
 */
public final class UserRepository implements UserStore {
    private static final String COLUMNS =
            "username, role, enterprise_id, display_name, password_hash, failed_count, "
                    + "locked_until_ms, created_ms, changed_ms, must_change_password";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<User> find(String username) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT " + COLUMNS + " FROM app_user WHERE username = ?")) {
                        ps.setString(1, username);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Optional.of(read(rs)) : Optional.<User>empty();
                        }
                    }
                });
    }

    @Override
    public List<User> all() throws SQLException {
        return db.withConnection(
                c -> {
                    List<User> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT "
                                                    + COLUMNS
                                                    + " FROM app_user ORDER BY username");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(read(rs));
                    }
                    return out;
                });
    }

    @Override
    public boolean insert(User u) throws SQLException {
        return db.inTransaction(
                c -> {
                    if (exists(c, u.username())) return false;
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO app_user ("
                                            + COLUMNS
                                            + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                        bind(ps, u);
                        ps.executeUpdate();
                    }
                    return true;
                });
    }

    @Override
    public boolean update(User u) throws SQLException {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE app_user SET username = ?, role = ?, "
                                            + "enterprise_id = ?, display_name = ?, password_hash = ?, failed_count = ?, locked_until_ms = ?, "
                                            + "created_ms = ?, changed_ms = ?, must_change_password = ? WHERE username = ?")) {
                        bind(ps, u);
                        ps.setString(11, u.username());
                        return ps.executeUpdate() == 1;
                    }
                });
    }

    @Override
    public boolean delete(String username) throws SQLException {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement("DELETE FROM app_user WHERE username = ?")) {
                        ps.setString(1, username);
                        return ps.executeUpdate() == 1;
                    }
                });
    }

    private static boolean exists(Connection c, String username) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bind(PreparedStatement ps, User u) throws SQLException {
        ps.setString(1, u.username());
        ps.setString(2, u.role().id());
        ps.setString(3, u.enterpriseId());
        ps.setString(4, u.displayName());
        ps.setString(5, u.passwordHash());
        ps.setInt(6, u.failedCount());
        ps.setLong(7, u.lockedUntilMs());
        ps.setLong(8, u.createdMs());
        ps.setLong(9, u.changedMs());
        ps.setBoolean(10, u.mustChangePassword());
    }

    private static User read(ResultSet rs) throws SQLException {
        return new User(
                rs.getString(1),
                Role.fromId(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getBoolean(10));
    }
}
