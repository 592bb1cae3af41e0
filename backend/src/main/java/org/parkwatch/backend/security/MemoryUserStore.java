package org.parkwatch.backend.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Users held in memory, for a backend without a database ({@code db.enabled=false}): they last as
 * long as the process, so every start creates the first administrator afresh.
 */
public final class MemoryUserStore implements UserStore {
    private final Map<String, User> users = new TreeMap<>();

    @Override
    public synchronized Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public synchronized List<User> all() {
        return new ArrayList<>(users.values());
    }

    @Override
    public synchronized boolean insert(User user) {
        return users.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public synchronized boolean update(User user) {
        return users.replace(user.username(), user) != null;
    }

    @Override
    public synchronized boolean delete(String username) {
        return users.remove(username) != null;
    }
}
