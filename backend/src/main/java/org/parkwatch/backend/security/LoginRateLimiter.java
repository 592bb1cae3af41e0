package org.parkwatch.backend.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Counts login attempts per source address in a sliding one-minute window and says when one address
 * has made too many (the caller answers 429). Slows password guessing across many user names, which
 * the per-user lock-out does not. In memory; thread-safe.
 */
public final class LoginRateLimiter {
    private static final long WINDOW_MS = 60_000;

    private final int perMinute;
    private final LongSupplier clockMs;
    private final Map<String, Deque<Long>> attempts = new HashMap<>();

    public LoginRateLimiter(int perMinute, LongSupplier clockMs) {
        this.perMinute = perMinute;
        this.clockMs = clockMs;
    }

    /**
     * Records an attempt from {@code source}; @return false when it is over the limit (and is not
     * counted)
     */
    public synchronized boolean tryAcquire(String source) {
        long now = clockMs.getAsLong();
        Deque<Long> q = attempts.computeIfAbsent(source, k -> new ArrayDeque<>());
        while (!q.isEmpty() && now - q.peekFirst() >= WINDOW_MS) q.pollFirst();
        if (q.size() >= perMinute) return false;
        q.addLast(now);
        return true;
    }

    /** True when {@code source} has used up its attempts in the window (does not count one). */
    public synchronized boolean exhausted(String source) {
        Deque<Long> q = attempts.get(source);
        if (q == null) return false;
        long now = clockMs.getAsLong();
        while (!q.isEmpty() && now - q.peekFirst() >= WINDOW_MS) q.pollFirst();
        return q.size() >= perMinute;
    }

    /** Forgets addresses with no attempt in the window. */
    public synchronized void sweep() {
        long now = clockMs.getAsLong();
        attempts.values().removeIf(q -> q.isEmpty() || now - q.peekLast() >= WINDOW_MS);
    }
}
