package org.parkwatch.backend.ingest.uplink;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkwatch.backend.ingest.TagOwnership;
import org.parkwatch.backend.ingest.UplinkAuthenticator;
import org.parkwatch.backend.ingest.UplinkClient;
import org.parkwatch.backend.security.LoginRateLimiter;
import org.parkwatch.backend.security.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates MQTT CONNECTs against the {@link UplinkCredentialStore} file: the user name picks
 * the bridge, the password must match its PBKDF2 hash. The file is read again when it changed, so
 * {@code ./parkwatch uplink add} takes effect without a restart. Verification runs on a worker
 * thread (it is deliberately slow). An empty or missing store refuses everyone.
 */
public final class CredentialAuthenticator implements UplinkAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialAuthenticator.class);

    /**
     * Verified for unknown user names, at the same cost as a real hash; matches no password
     * (all-zero key).
     */
    private static final PasswordHash.Hashed UNKNOWN_USER =
            new PasswordHash.Hashed(
                    Base64.getEncoder().encodeToString(new byte[PasswordHasher.HASH_BITS / 8]),
                    Base64.getEncoder().encodeToString(new byte[PasswordHash.SALT_BYTES]),
                    PasswordHash.DEFAULT_ITERATIONS);

    /**
     * Failed CONNECTs one address may make per minute before further CONNECTs from it are refused
     * without a password check: each check costs a PBKDF2 derivation (≈ 0.2 s of CPU), so a flood
     * of bad logins must not buy that much work, and guessing slows to a crawl. Successful logins
     * are not counted, so a bridge that reconnects after a network blip is never held back. Project
     * choice, like the HTTP login limit (security.loginAttemptsPerMinute).
     */
    public static final int FAILED_CONNECTS_PER_MINUTE = 10;

    private final Vertx vertx;
    private final Path file;
    private final LoginRateLimiter failures =
            new LoginRateLimiter(FAILED_CONNECTS_PER_MINUTE, System::currentTimeMillis);
    private volatile UplinkCredentialStore store;
    private volatile TagOwnership ownership;

    /** SHA-256 of (salt, hash, password) of passwords verified since start, by user name. */
    private final Map<String, byte[]> recentlyVerified = new ConcurrentHashMap<>();

    private volatile FileTime loadedModified;
    private volatile long lastSweepMs;

    /**
     * Reads the store now; @throws IOException when the file exists but is unreadable or malformed
     */
    public CredentialAuthenticator(Vertx vertx, Path file) throws IOException {
        this.vertx = vertx;
        this.file = file;
        this.store = UplinkCredentialStore.read(file);
        this.ownership = store.ownership();
        this.loadedModified = modified();
    }

    /** Tag ownership of the store as last read (re-read at a CONNECT after the file changed). */
    public TagOwnership ownership() {
        return ownership;
    }

    /** The store as last read. */
    public UplinkCredentialStore store() {
        return store;
    }

    public Path file() {
        return file;
    }

    @Override
    public Future<Result> authenticate(
            String clientId, String username, String password, String remoteAddress) {
        long now = System.currentTimeMillis();
        if (now - lastSweepMs > 60_000) { // forget addresses whose failures have aged out
            lastSweepMs = now;
            failures.sweep();
        }
        String host = host(remoteAddress);
        if (failures.exhausted(host))
            return Future.succeededFuture(Result.refused(Result.THROTTLED));
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            failures.tryAcquire(host);
            return Future.succeededFuture(Result.refused(Result.MISSING_CREDENTIALS));
        }
        return vertx.executeBlocking(
                () -> {
                    Result r = check(username, password);
                    if (!r.isAccepted()) failures.tryAcquire(host);
                    return r;
                },
                false);
    }

    /**
     * The host part of {@code host:port} ({@code [v6]:port} too); the whole string when there is no
     * port.
     */
    static String host(String remoteAddress) {
        if (remoteAddress == null) return "-";
        int colon = remoteAddress.lastIndexOf(':');
        return colon > 0 ? remoteAddress.substring(0, colon) : remoteAddress;
    }

    private Result check(String username, String password) {
        UplinkCredential c = current().byUsername(username).orElse(null);
        if (c == null) {
            // spend the same time as for a known user, so a timing probe cannot list user names
            PasswordHash.verify(password.toCharArray(), UNKNOWN_USER);
            return Result.refused(Result.BAD_CREDENTIALS);
        }
        if (verified(c, password))
            return Result.accepted(new UplinkClient(c.bridgeId(), c.enterpriseId()));
        return Result.refused(Result.BAD_CREDENTIALS);
    }

    /**
     * Checks a password: a password this process already verified slowly for this very credential
     * (same salt and hash) is recognised by its SHA-256 in memory, so reconnects after a network
     * blip are cheap; anything else, every wrong password included, pays the full PBKDF2 cost.
     */
    private boolean verified(UplinkCredential c, String password) {
        byte[] fast = fastDigest(c, password);
        byte[] known = recentlyVerified.get(c.username());
        if (known != null && MessageDigest.isEqual(known, fast)) return true;
        if (!PasswordHash.verify(password.toCharArray(), c.password())) return false;
        recentlyVerified.put(c.username(), fast);
        return true;
    }

    private static byte[] fastDigest(UplinkCredential c, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(c.password().salt().getBytes(StandardCharsets.US_ASCII));
            sha.update(c.password().hash().getBytes(StandardCharsets.US_ASCII));
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs one verification on a worker now, so the JIT has compiled PBKDF2 before the bridges'
     * first CONNECTs: a cold first verification takes ten times longer, and after a park restart
     * they all arrive at once.
     */
    public void warmUp() {
        vertx.executeBlocking(
                () -> PasswordHash.verify("warm-up".toCharArray(), UNKNOWN_USER), false);
    }

    /**
     * The store, re-read when the file's modification time changed; a bad new file keeps the old
     * store.
     */
    private UplinkCredentialStore current() {
        FileTime m = modified();
        if (m != null && !m.equals(loadedModified) || m == null && loadedModified != null) {
            try {
                store = UplinkCredentialStore.read(file);
                ownership = store.ownership();
                loadedModified = m;
                recentlyVerified
                        .clear(); // removed or re-keyed bridges must pass the full check again
                LOG.info(
                        "uplink credentials re-read from {}: {} bridge(s)",
                        file,
                        store.list().size());
            } catch (IOException e) {
                LOG.error(
                        "uplink credentials: keeping the previous {} bridge(s): {}",
                        store.list().size(),
                        e.getMessage());
            }
        }
        return store;
    }

    private FileTime modified() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
