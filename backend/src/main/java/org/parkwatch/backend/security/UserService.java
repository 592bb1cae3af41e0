package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Owns the user accounts: checks logins (with lock-out after repeated failures), creates, changes,
 * locks and deletes users under the password policy, and creates the first administrator. Every
 * call blocks (PBKDF2, JDBC): call it off the event loop.
 */
public final class UserService {
    /** Login names: lower-case letters, digits, dot, dash, underscore; 2–64 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public static final String FIRST_ADMIN = "admin";

    /**
     * What a login attempt came to; the caller answers every failure the same way and audits the
     * reason.
     */
    public enum Outcome {
        OK,
        UNKNOWN_USER,
        WRONG_PASSWORD,
        LOCKED_NOW,
        LOCKED
    }

    public record LoginResult(Outcome outcome, User user) {}

    private final UserStore store;
    private final PasswordHasher hasher;
    private final Set<String> enterpriseIds;
    private final SecurityConfig config;
    private final LongSupplier clockMs;
    private final LoginLockout lockout;

    /**
     * Serialises read-modify-write of failure counters and the last-admin check (the slow hashing
     * stays outside).
     */
    private final Object writeLock = new Object();

    public UserService(
            UserStore store,
            PasswordHasher hasher,
            Set<String> enterpriseIds,
            SecurityConfig config,
            LongSupplier clockMs) {
        this.store = store;
        this.hasher = hasher;
        this.enterpriseIds = Set.copyOf(enterpriseIds);
        this.config = config;
        this.clockMs = clockMs;
        this.lockout = new LoginLockout(config.lockoutFailures(), config.lockoutMs(), clockMs);
    }

    /**
     * Checks a login from {@code source} (the caller's address). Failures are counted per (account,
     * address) pair and lock that pair after {@code security.lockoutFailures} in a row ({@link
     * LoginLockout}); an account locked by an administrator is refused from everywhere. The stored
     * failure count is kept for the user list only.
     */
    public LoginResult authenticate(String username, String source, char[] password)
            throws SQLException {
        Optional<User> found = username == null ? Optional.empty() : store.find(username);
        if (found.isEmpty()) {
            hasher.dummyVerify(
                    password); // same time as a real check: the answer time tells nothing
            return new LoginResult(Outcome.UNKNOWN_USER, null);
        }
        User u = found.get();
        long now = clockMs.getAsLong();
        if (u.lockedAt(now) || lockout.locked(username, source)) {
            hasher.dummyVerify(password);
            return new LoginResult(Outcome.LOCKED, u);
        }
        boolean ok = hasher.verify(password, u.passwordHash());
        synchronized (writeLock) {
            User current = store.find(username).orElse(u);
            if (ok) {
                lockout.clear(username);
                if (current.failedCount() != 0)
                    store.update(current.withFailures(0, current.lockedUntilMs(), now));
                return new LoginResult(Outcome.OK, current);
            }
            boolean lockedNow = lockout.failed(username, source);
            store.update(
                    current.withFailures(current.failedCount() + 1, current.lockedUntilMs(), now));
            return new LoginResult(
                    lockedNow ? Outcome.LOCKED_NOW : Outcome.WRONG_PASSWORD, current);
        }
    }

    /** Forgets idle (account, address) failure counters. */
    public void sweep() {
        lockout.sweep();
    }

    /**
     * Creates a user after checking every field; @throws UserException 400 naming the field, 409 if
     * taken
     */
    public User create(
            String username, Role role, String enterpriseId, String displayName, String password)
            throws UserException, SQLException {
        return create(username, role, enterpriseId, displayName, password, false);
    }

    /**
     * Creates a user after checking every field.
     *
     * @param mustChange true when an administrator chose the password: the user replaces it at the
     *     first login
     * @throws UserException 400 naming the field, 409 if taken
     */
    public User create(
            String username,
            Role role,
            String enterpriseId,
            String displayName,
            String password,
            boolean mustChange)
            throws UserException, SQLException {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new UserException(
                    400,
                    "username must be 2-64 characters of a-z, 0-9, '.', '-', '_' "
                            + "starting with a letter or digit");
        }
        checkRole(role, enterpriseId);
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (name.length() > 200)
            throw new UserException(400, "displayName must have at most 200 characters");
        checkPolicy(password);
        long now = clockMs.getAsLong();
        User u =
                new User(
                        username,
                        role,
                        enterpriseId,
                        name,
                        hasher.hash(password.toCharArray()),
                        0,
                        0,
                        now,
                        now,
                        mustChange);
        if (!store.insert(u)) throw new UserException(409, "user '" + username + "' exists");
        return u;
    }

    /** Sets a new password the user keeps (tools, tests); also unlocks. */
    public void setPassword(String username, String password) throws UserException, SQLException {
        setPassword(username, password, false);
    }

    /**
     * Sets a new password; also unlocks.
     *
     * @param mustChange true for an administrator's reset: the user replaces it at the next login
     */
    public void setPassword(String username, String password, boolean mustChange)
            throws UserException, SQLException {
        checkPolicy(password);
        String hash = hasher.hash(password.toCharArray());
        synchronized (writeLock) {
            User u = require(username);
            store.update(u.withPasswordHash(hash, mustChange, clockMs.getAsLong()));
            lockout.clear(username);
        }
    }

    /**
     * A user changes their own password (which ends a forced change).
     *
     * @throws UserException 403 when the current one is wrong, 400 when the new one breaks the
     *     policy or equals it
     */
    public void changeOwnPassword(String username, String current, String next)
            throws UserException, SQLException {
        User u = require(username);
        if (current == null || !hasher.verify(current.toCharArray(), u.passwordHash())) {
            throw new UserException(403, "currentPassword is wrong");
        }
        if (current.equals(next))
            throw new UserException(400, "newPassword must differ from the current one");
        setPassword(username, next, false);
    }

    /**
     * Changes a user's role, enterprise binding and display name (null display name: unchanged).
     *
     * @throws UserException 400 naming the field, 404 unknown user, 409 when it would demote the
     *     last administrator
     */
    public User updateProfile(String username, Role role, String enterpriseId, String displayName)
            throws UserException, SQLException {
        checkRole(role, enterpriseId);
        if (displayName != null && (displayName.isBlank() || displayName.strip().length() > 200)) {
            throw new UserException(400, "displayName must have 1 to 200 characters");
        }
        synchronized (writeLock) {
            User u = require(username);
            if (u.role() == Role.ADMIN && role != Role.ADMIN && adminCount() <= 1) {
                throw new UserException(409, "user '" + username + "' is the last administrator");
            }
            User changed =
                    u.withProfile(
                            role,
                            enterpriseId,
                            displayName == null ? u.displayName() : displayName.strip(),
                            clockMs.getAsLong());
            store.update(changed);
            return changed;
        }
    }

    /**
     * Locks an account until unlocked (an administrator's decision, not a timed lock-out).
     *
     * @throws UserException 409 for the last administrator who is not locked (nobody could manage
     *     users any more)
     */
    public User lock(String username) throws UserException, SQLException {
        synchronized (writeLock) {
            User u = require(username);
            long now = clockMs.getAsLong();
            if (u.role() == Role.ADMIN
                    && store.all().stream()
                                    .filter(x -> x.role() == Role.ADMIN && !x.lockedAt(now))
                                    .count()
                            <= 1
                    && !u.lockedAt(now)) {
                throw new UserException(
                        409, "user '" + username + "' is the last active administrator");
            }
            User locked = u.withFailures(0, Long.MAX_VALUE, clockMs.getAsLong());
            store.update(locked);
            return locked;
        }
    }

    public User unlock(String username) throws UserException, SQLException {
        synchronized (writeLock) {
            User u = require(username);
            User open = u.withFailures(0, 0, clockMs.getAsLong());
            store.update(open);
            lockout.clear(username);
            return open;
        }
    }

    /**
     * Deletes a user; @throws UserException 409 for the last administrator, 404 for an unknown user
     */
    public void delete(String username) throws UserException, SQLException {
        synchronized (writeLock) {
            User u = require(username);
            if (u.role() == Role.ADMIN && adminCount() <= 1) {
                throw new UserException(409, "user '" + username + "' is the last administrator");
            }
            store.delete(username);
        }
    }

    public List<User> list() throws SQLException {
        return store.all();
    }

    public Optional<User> find(String username) throws SQLException {
        return store.find(username);
    }

    /**
     * Creates the first administrator when there is no user at all.
     *
     * @param fromEnvironment the password given by the operator, or null to generate one
     * @return the generated password (to be shown once), or null when none was generated or nothing
     *     was created
     * @throws UserException when the given password breaks the policy
     */
    public String bootstrapAdmin(String fromEnvironment) throws UserException, SQLException {
        return bootstrapAdmin(fromEnvironment, false);
    }

    /**
     * As {@link #bootstrapAdmin(String)}; the administrator must replace the password at the first
     * login when it is generated here or {@code givenWasGenerated} (the launcher generated and
     * printed it).
     */
    public String bootstrapAdmin(String fromEnvironment, boolean givenWasGenerated)
            throws UserException, SQLException {
        if (!store.all().isEmpty()) return null;
        boolean generate = fromEnvironment == null || fromEnvironment.isEmpty();
        String password = generate ? hasher.randomPassword() : fromEnvironment;
        String problem = PasswordHasher.policyProblem(password);
        if (problem != null)
            throw new UserException(400, config.adminPasswordEnv() + ": " + problem);
        long now = clockMs.getAsLong();
        // the display name is the role's (the web shows the role label, translated, next to it)
        store.insert(
                new User(
                        FIRST_ADMIN,
                        Role.ADMIN,
                        null,
                        FIRST_ADMIN,
                        hasher.hash(password.toCharArray()),
                        0,
                        0,
                        now,
                        now,
                        generate || givenWasGenerated));
        return password.equals(fromEnvironment) ? null : password;
    }

    private User require(String username) throws UserException, SQLException {
        return store.find(username)
                .orElseThrow(() -> new UserException(404, "no user '" + username + "'"));
    }

    private long adminCount() throws SQLException {
        return store.all().stream().filter(x -> x.role() == Role.ADMIN).count();
    }

    private void checkRole(Role role, String enterpriseId) throws UserException {
        if (role == null || role == Role.PUBLIC) {
            throw new UserException(
                    400, "role must be one of admin, operator, regulator, enterprise");
        }
        if (role == Role.ENTERPRISE
                && (enterpriseId == null || !enterpriseIds.contains(enterpriseId))) {
            throw new UserException(
                    400,
                    "enterpriseId '"
                            + enterpriseId
                            + "' is not an enterprise of the park "
                            + "(an enterprise user needs one)");
        }
        if (role != Role.ENTERPRISE && enterpriseId != null) {
            throw new UserException(400, "enterpriseId is only for enterprise users");
        }
    }

    private static void checkPolicy(String password) throws UserException {
        String problem = PasswordHasher.policyProblem(password);
        if (problem != null) throw new UserException(400, problem);
    }
}
