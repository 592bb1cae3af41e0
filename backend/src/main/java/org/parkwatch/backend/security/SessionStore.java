package org.parkwatch.backend.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The server-side sessions and bearer tokens, in memory: a restart logs everyone out and voids
 * every token (on purpose: nothing secret is written to disk). A browser session ends after {@code
 * sessionIdleMs} without a request or {@code sessionAbsoluteMs} after login; a token after {@code
 * tokenMs}. Safe from any thread.
 */
public final class SessionStore {
    private static final int ID_BYTES = 32; // 256 bits

    private record Entry(Session session, long lastSeenMs) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final SecurityConfig config;
    private final LongSupplier clockMs;

    public SessionStore(SecurityConfig config, LongSupplier clockMs) {
        this.config = config;
        this.clockMs = clockMs;
    }

    /** A new browser session with its CSRF token. */
    public Session openSession(Principal p, String displayName) {
        return openSession(p, displayName, false);
    }

    /**
     * A new browser session; {@code mustChangePassword}: it may only change the password until that
     * is done.
     */
    public Session openSession(Principal p, String displayName, boolean mustChangePassword) {
        long now = clockMs.getAsLong();
        Session s =
                new Session(
                        randomId(),
                        Session.Kind.COOKIE,
                        p,
                        displayName,
                        randomId(),
                        now,
                        now + config.sessionAbsoluteMs(),
                        mustChangePassword);
        entries.put(s.id(), new Entry(s, now));
        return s;
    }

    /** A new bearer token. */
    public Session openToken(Principal p, String displayName) {
        return openToken(p, displayName, false);
    }

    /**
     * A new bearer token; {@code mustChangePassword}: it may only change the password until that is
     * done.
     */
    public Session openToken(Principal p, String displayName, boolean mustChangePassword) {
        long now = clockMs.getAsLong();
        Session s =
                new Session(
                        randomId(),
                        Session.Kind.BEARER,
                        p,
                        displayName,
                        null,
                        now,
                        now + config.tokenMs(),
                        mustChangePassword);
        entries.put(s.id(), new Entry(s, now));
        return s;
    }

    /**
     * The live session or token of that id and kind, marking it used; null when unknown or expired
     * (an expired one is forgotten).
     */
    public Session touch(String id, Session.Kind kind) {
        if (id == null) return null;
        Entry e = entries.get(id);
        if (e == null || e.session().kind() != kind) return null;
        long now = clockMs.getAsLong();
        if (expired(e, now)) {
            entries.remove(id);
            return null;
        }
        entries.put(id, new Entry(e.session(), now));
        return e.session();
    }

    public void close(String id) {
        if (id != null) entries.remove(id);
    }

    /** Ends every session and token of a user (password changed, locked, deleted). */
    public void closeAllOf(String username) {
        entries.values().removeIf(e -> e.session().principal().username().equals(username));
    }

    /** Forgets expired entries; run now and then so abandoned sessions do not pile up. */
    public void sweep() {
        long now = clockMs.getAsLong();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now)) it.remove();
        }
    }

    public int size() {
        return entries.size();
    }

    private boolean expired(Entry e, long now) {
        if (now >= e.session().expiresAtMs()) return true;
        return e.session().kind() == Session.Kind.COOKIE
                && now - e.lastSeenMs() >= config.sessionIdleMs();
    }

    private String randomId() {
        byte[] b = new byte[ID_BYTES];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
