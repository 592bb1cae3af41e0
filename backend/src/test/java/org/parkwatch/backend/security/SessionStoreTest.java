package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionStoreTest {
    private static final long MIN = 60_000;
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final SecurityConfig config =
            new SecurityConfig(
                    "PARKWATCH_ADMIN_PASSWORD",
                    5,
                    15 * MIN,
                    20,
                    30 * MIN,
                    12 * 60 * MIN,
                    12 * 60 * MIN,
                    "PARKWATCH_METRICS_TOKEN");
    private final SessionStore store = new SessionStore(config, now::get);
    private final Principal op = new Principal("op", Role.OPERATOR, null);

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        Session s = store.openSession(op, "Op");
        now.addAndGet(29 * MIN);
        assertNotNull(store.touch(s.id(), Session.Kind.COOKIE));
        now.addAndGet(29 * MIN);
        assertNotNull(
                store.touch(s.id(), Session.Kind.COOKIE), "each request restarts the idle time");
        now.addAndGet(30 * MIN);
        assertNull(store.touch(s.id(), Session.Kind.COOKIE));
    }

    @Test
    void aBusySessionStillEndsTwelveHoursAfterLogin() {
        Session s = store.openSession(op, "Op");
        for (int i = 0; i < 12 * 4 - 1; i++) {
            now.addAndGet(15 * MIN);
            assertNotNull(store.touch(s.id(), Session.Kind.COOKIE));
        }
        now.addAndGet(15 * MIN);
        assertNull(store.touch(s.id(), Session.Kind.COOKIE));
    }

    @Test
    void aTokenIsNotACookieAndEndsWithItsUser() {
        Session t = store.openToken(op, "Op");
        Session c = store.openSession(op, "Op");
        assertNull(store.touch(t.id(), Session.Kind.COOKIE), "a token is no cookie");
        assertNull(t.csrfToken());
        assertEquals(43, c.csrfToken().length());
        store.closeAllOf("op");
        assertNull(store.touch(t.id(), Session.Kind.BEARER));
        assertNull(store.touch(c.id(), Session.Kind.COOKIE));
    }
}
