package org.parkwatch.backend.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts failed logins per (account, source address) pair and locks that pair, not the account,
 * after {@code security.lockoutFailures} in a row: password guessing from one address stops, while
 * the account's owner logging in from another address is not locked out by an anonymous caller
 * (issue 19, D5). In memory; thread-safe; a good login or an administrator's unlock clears the
 * account's pairs.
 */
public final class LoginLockout {
    private record Pair(String username, String source) {}

    private record Failures(int count, long lockedUntilMs, long lastMs) {}

    private final int failuresToLock;
    private final long lockMs;
    private final LongSupplier clockMs;
    private final Map<Pair, Failures> pairs = new HashMap<>();

    public LoginLockout(int failuresToLock, long lockMs, LongSupplier clockMs) {
        this.failuresToLock = failuresToLock;
        this.lockMs = lockMs;
        this.clockMs = clockMs;
    }

    /** True while the pair is locked. */
    public synchronized boolean locked(String username, String source) {
        Failures f = pairs.get(new Pair(username, source));
        return f != null && f.lockedUntilMs > clockMs.getAsLong();
    }

    /** Counts one failure; @return true when this failure locked the pair */
    public synchronized boolean failed(String username, String source) {
        long now = clockMs.getAsLong();
        Pair key = new Pair(username, source);
        Failures f = pairs.get(key);
        int count = (f == null || f.lockedUntilMs != 0 && f.lockedUntilMs <= now ? 0 : f.count) + 1;
        boolean lockNow = count >= failuresToLock;
        pairs.put(key, new Failures(lockNow ? 0 : count, lockNow ? now + lockMs : 0, now));
        return lockNow;
    }

    /** Forgets every pair of {@code username} (a good login, an unlock, a new password). */
    public synchronized void clear(String username) {
        pairs.keySet().removeIf(p -> p.username.equals(username));
    }

    /** Forgets pairs neither locked nor failed within the lock time. */
    public synchronized void sweep() {
        long now = clockMs.getAsLong();
        pairs.values().removeIf(f -> f.lockedUntilMs <= now && now - f.lastMs >= lockMs);
    }
}
