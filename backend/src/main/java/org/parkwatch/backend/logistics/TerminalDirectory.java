package org.parkwatch.backend.logistics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parkwatch.backend.ingest.uplink.PasswordHash;

/**
 * The vehicle terminals the park knows, in memory over {@link TerminalRepository}. Authentication
 * codes are random ({@link PasswordHash#randomPassword()}: 24 random bytes), so a fast SHA-256
 * comparison in constant time is enough; a slow password hash would only let 100,000 reconnecting
 * trucks stall the server.
 */
final class TerminalDirectory {
    private final Vertx vertx;
    private final TerminalRepository repository;
    private final Map<String, TerminalRecord> byPhone = new ConcurrentHashMap<>();

    TerminalDirectory(Vertx vertx, TerminalRepository repository) {
        this.vertx = vertx;
        this.repository = repository;
    }

    Future<Void> load() {
        return vertx.executeBlocking(
                () -> {
                    byPhone.clear();
                    for (TerminalRecord t : repository.all()) byPhone.put(t.phone(), t);
                    return null;
                },
                false);
    }

    Optional<TerminalRecord> byPhone(String phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    List<TerminalRecord> all() {
        return byPhone.values().stream().sorted((a, b) -> a.phone().compareTo(b.phone())).toList();
    }

    /** Adds a terminal with an open enrolment window; refuses a known phone or plate. */
    Future<TerminalRecord> provision(TerminalRecord t, long nowMs, String by) {
        if (byPhone.containsKey(t.phone())) {
            return Future.failedFuture(
                    new IllegalArgumentException("terminal " + t.phone() + " is already known"));
        }
        if (byPhone.values().stream().anyMatch(o -> o.plate().equals(t.plate()))) {
            return Future.failedFuture(
                    new IllegalArgumentException("plate " + t.plate() + " already has a terminal"));
        }
        return vertx.executeBlocking(
                        () -> {
                            repository.insert(t, nowMs, by);
                            return t;
                        },
                        true)
                .onSuccess(saved -> byPhone.put(saved.phone(), saved));
    }

    /**
     * A registration (0x0100): while the terminal's enrolment window is open and the plate matches,
     * a new code is issued, stored as a hash and the window closes. Empty when refused.
     */
    Future<Optional<String>> enrol(String phone, String plate, long nowMs) {
        TerminalRecord t = byPhone.get(phone);
        if (t == null || !t.enrolmentOpen(nowMs) || !t.plate().equals(plate)) {
            return Future.succeededFuture(Optional.empty());
        }
        String code = PasswordHash.randomPassword();
        String hash = sha256(code);
        byPhone.put(phone, t.enrolled(hash)); // closes the window at once: one enrolment only
        return vertx.executeBlocking(
                        () -> {
                            repository.enrolled(phone, hash);
                            return Optional.of(code);
                        },
                        true)
                .recover(
                        e -> {
                            byPhone.put(phone, t); // not stored: the window stays open
                            return Future.failedFuture(e);
                        });
    }

    /** Whether {@code code} is the terminal's authentication code. */
    boolean authenticate(String phone, String code) {
        TerminalRecord t = byPhone.get(phone);
        if (t == null || t.authHash() == null) return false;
        return MessageDigest.isEqual(
                t.authHash().getBytes(StandardCharsets.US_ASCII),
                sha256(code).getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(String code) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
