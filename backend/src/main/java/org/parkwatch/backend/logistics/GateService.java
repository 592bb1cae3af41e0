package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parkwatch.backend.ingest.uplink.PasswordHash;
import org.parkwatch.backend.security.TenantScope;

/**
 * The gate devices (identities with their own secret) and what they report: every passage is
 * stored, and the live counts of people and vehicles inside the park and inside each enterprise
 * ({@link Presence}) follow. A hazmat vehicle's entry runs the gate's entry check first; a refused
 * truck stays outside. Secrets are 24 random bytes ({@link PasswordHash#randomPassword()}), so a
 * SHA-256 compared in constant time is enough. Every method blocks (JDBC): call it off the event
 * loop. Passages are applied one at a time (the counts and the stored order agree).
 */
final class GateService {
    static final String PARK = TenantScope.PARK_ID;

    /** A report a device made, read from its JSON (see {@link GateDeviceJson#report}). */
    record Report(
            Presence.Kind kind,
            String subject,
            boolean entering,
            long tsMs,
            String driverId,
            boolean hazmat) {}

    /** What became of a report: counted or not, the site's counts after it, the gate decision. */
    record Outcome(GateDevice gate, boolean counted, Presence.Count count, JsonObject decision) {}

    /** The entry check of a hazmat truck: the decision JSON (with {@code allowed}). */
    @FunctionalInterface
    interface EntryCheck {
        JsonObject check(String gate, String plate, String driverId, String by) throws Exception;
    }

    /**
     * The exit check of a hazmat truck: the decision JSON (with {@code allowed}).
     *
     * @param entered whether the site's records hold the truck's entry
     */
    @FunctionalInterface
    interface ExitCheck {
        JsonObject check(String gate, String plate, String driverId, boolean entered, String by)
                throws Exception;
    }

    /** The entry and the exit check of the gates. */
    record Checks(EntryCheck entry, ExitCheck exit) {}

    private final GateRepository repository;
    private final Predicate<String> isEnterprise;
    private final Map<String, GateDevice> devices = new ConcurrentHashMap<>();
    private final Presence presence = new Presence();
    private volatile Consumer<Outcome> listener = o -> {};

    GateService(GateRepository repository, Predicate<String> isEnterprise) {
        this.repository = repository;
        this.isEnterprise = isEnterprise;
    }

    /** Reads the devices and rebuilds the counts from the stored passages. */
    synchronized void load() throws SQLException {
        devices.clear();
        for (GateDevice d : repository.devices()) devices.put(d.id(), d);
        for (GateRepository.Passage p : repository.passages()) {
            if (p.counted()) presence.apply(p.siteId(), p.kind(), p.subject(), p.entering());
        }
    }

    /** Called (on the calling worker) after each applied report. */
    void onOutcome(Consumer<Outcome> l) {
        this.listener = l;
    }

    List<GateDevice> devices() {
        return devices.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    Optional<GateDevice> device(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    /**
     * Provisions a device; its secret is returned once and only its hash kept.
     *
     * @throws IllegalArgumentException for an unknown site
     * @throws IllegalStateException when the id is taken
     */
    synchronized String provision(
            String id, String nameZh, String nameEn, String siteId, long nowMs, String by)
            throws SQLException {
        if (!PARK.equals(siteId) && !isEnterprise.test(siteId)) {
            throw new IllegalArgumentException(
                    "siteId '" + siteId + "' must be PARK or an enterprise of the park");
        }
        if (devices.containsKey(id))
            throw new IllegalStateException("gate device " + id + " exists");
        String secret = PasswordHash.randomPassword();
        GateDevice d = new GateDevice(id, nameZh, nameEn, siteId, TerminalDirectory.sha256(secret));
        repository.insert(d, nowMs, by);
        devices.put(id, d);
        return secret;
    }

    /** The device whose id and secret these are; empty when unknown or wrong. */
    Optional<GateDevice> authenticate(String id, String secret) {
        GateDevice d = id == null ? null : devices.get(id);
        if (d == null || secret == null) return Optional.empty();
        boolean ok =
                MessageDigest.isEqual(
                        d.secretHash().getBytes(StandardCharsets.US_ASCII),
                        TerminalDirectory.sha256(secret).getBytes(StandardCharsets.US_ASCII));
        return ok ? Optional.of(d) : Optional.empty();
    }

    /**
     * Applies a report of {@code gate} (already authenticated): the entry check for a hazmat
     * vehicle entering, the exit check for one leaving (a refused truck is held: it stays in the
     * counts), then the passage stored and counted. Nothing is counted when storing fails.
     */
    Outcome report(GateDevice gate, Report r, String via, Checks checks) throws Exception {
        JsonObject decision = null;
        String driver = r.driverId() == null ? "" : r.driverId();
        if (r.kind() == Presence.Kind.VEHICLE && r.hazmat()) {
            String by = "gate-device:" + gate.id();
            if (r.entering()) {
                decision = checks.entry().check(gate.id(), r.subject(), driver, by);
            } else {
                boolean entered;
                synchronized (this) {
                    entered = presence.inside(gate.siteId(), r.kind(), r.subject());
                }
                decision = checks.exit().check(gate.id(), r.subject(), driver, entered, by);
            }
        }
        boolean refused = decision != null && !decision.getBoolean("allowed", false);
        Outcome out;
        synchronized (this) {
            boolean counted =
                    !refused && presence.apply(gate.siteId(), r.kind(), r.subject(), r.entering());
            try {
                repository.insert(
                        new GateRepository.Passage(
                                r.tsMs(),
                                gate.id(),
                                gate.siteId(),
                                r.kind(),
                                r.subject(),
                                r.entering(),
                                counted,
                                via));
            } catch (SQLException | RuntimeException e) {
                if (counted) presence.apply(gate.siteId(), r.kind(), r.subject(), !r.entering());
                throw e;
            }
            out = new Outcome(gate, counted, presence.count(gate.siteId()), decision);
        }
        listener.accept(out);
        return out;
    }

    /** People and vehicles inside the park ({@code PARK}) and each enterprise, by site id. */
    synchronized Map<String, Presence.Count> counts() {
        return new TreeMap<>(presence.counts());
    }

    synchronized Presence.Count count(String siteId) {
        return presence.count(siteId);
    }
}
