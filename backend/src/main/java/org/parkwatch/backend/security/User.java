package org.parkwatch.backend.security;

/**
 * One user account as stored (migration V11, {@code app_user}).
 *
 * @param enterpriseId  the enterprise an {@link Role#ENTERPRISE} user is bound to; null for other roles
 * @param passwordHash  {@link PasswordHasher} stored form
 * @param failedCount   failed logins since the last good one, from any address (shown in the user list; the timed
 *                      lock-out counts per account and address, {@link LoginLockout})
 * @param lockedUntilMs epoch ms until which logins are refused from everywhere (an administrator's lock); 0 = not
 *                      locked
 */
public record User(String username, Role role, String enterpriseId, String displayName, String passwordHash,
                   int failedCount, long lockedUntilMs, long createdMs, long changedMs) {

    public Principal principal() {
        return new Principal(username, role, enterpriseId);
    }

    public boolean lockedAt(long nowMs) {
        return lockedUntilMs > nowMs;
    }

    public User withPasswordHash(String hash, long nowMs) {
        return new User(username, role, enterpriseId, displayName, hash, 0, 0, createdMs, nowMs);
    }

    public User withFailures(int failed, long lockedUntil, long nowMs) {
        return new User(username, role, enterpriseId, displayName, passwordHash, failed, lockedUntil, createdMs,
                nowMs);
    }
}
