package org.parkwatch.backend.security;

/**
 * One user account as stored (migration V11, {@code app_user}).
 *
 * @param enterpriseId the enterprise an {@link Role#ENTERPRISE} user is bound to; null for other
 *     roles
 * @param passwordHash {@link PasswordHasher} stored form
 * @param failedCount failed logins since the last good one, from any address (shown in the user
 *     list; the timed lock-out counts per account and address, {@link LoginLockout})
 * @param lockedUntilMs epoch ms until which logins are refused from everywhere (an administrator's
 *     lock); 0 = not locked
 * @param mustChangePassword the password was generated or set by an administrator: after logging in
 *     the user may do nothing but choose a new one (migration V36)
 */
public record User(
        String username,
        Role role,
        String enterpriseId,
        String displayName,
        String passwordHash,
        int failedCount,
        long lockedUntilMs,
        long createdMs,
        long changedMs,
        boolean mustChangePassword) {

    public Principal principal() {
        return new Principal(username, role, enterpriseId);
    }

    public boolean lockedAt(long nowMs) {
        return lockedUntilMs > nowMs;
    }

    /**
     * The new password's hash; unlocks, and {@code mustChange} says whether the user must replace
     * it at login.
     */
    public User withPasswordHash(String hash, boolean mustChange, long nowMs) {
        return new User(
                username,
                role,
                enterpriseId,
                displayName,
                hash,
                0,
                0,
                createdMs,
                nowMs,
                mustChange);
    }

    /** Another role, enterprise binding or display name (an administrator's change). */
    public User withProfile(
            Role newRole, String newEnterpriseId, String newDisplayName, long nowMs) {
        return new User(
                username,
                newRole,
                newEnterpriseId,
                newDisplayName,
                passwordHash,
                failedCount,
                lockedUntilMs,
                createdMs,
                nowMs,
                mustChangePassword);
    }

    public User withFailures(int failed, long lockedUntil, long nowMs) {
        return new User(
                username,
                role,
                enterpriseId,
                displayName,
                passwordHash,
                failed,
                lockedUntil,
                createdMs,
                nowMs,
                mustChangePassword);
    }
}
