package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Where user accounts live: the database ({@link UserRepository}), or memory for a backend started
 * with {@code db.enabled=false} ({@link MemoryUserStore}). Every call may block.
 */
public interface UserStore {
    Optional<User> find(String username) throws SQLException;

    /** All users, by name. */
    List<User> all() throws SQLException;

    /**
     * @return false when the name is taken
     */
    boolean insert(User user) throws SQLException;

    /** Replaces the stored row of {@code user.username()}; @return false when there is none */
    boolean update(User user) throws SQLException;

    /**
     * @return false when there was none
     */
    boolean delete(String username) throws SQLException;
}
