package org.parkwatch.backend.ingest.uplink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parkwatch.backend.ingest.TagOwnership;
import org.parkwatch.model.secret.SecretFiles;

/**
 * The bridges' MQTT credentials, an immutable snapshot of {@value #FILE_NAME} in the data folder:
 *
 * <pre>{"version":1,"bridges":[{"bridgeId":"E01-B1","enterpriseId":"E01","username":"E01-B1",
 *   "algorithm":"PBKDF2WithHmacSHA256","hash":"…","salt":"…","iterations":600000,"createdMs":…,
 *   "tags":["E01.V101.LT",…]}]}</pre>
 *
 * Passwords are never stored, only their slow hashes. {@link #write} replaces the file atomically
 * with owner-only permissions (0600). Changes make new snapshots ({@link #with}, {@link #without}).
 */
public final class UplinkCredentialStore {
    public static final String FILE_NAME = "uplink-credentials.json";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Map<String, UplinkCredential> byBridge; // insertion order = file order

    private UplinkCredentialStore(Map<String, UplinkCredential> byBridge) {
        this.byBridge = byBridge;
    }

    public static UplinkCredentialStore empty() {
        return new UplinkCredentialStore(new LinkedHashMap<>());
    }

    /**
     * Reads the file; a missing file is an empty store. @throws IOException naming the file and the
     * bad entry
     */
    public static UplinkCredentialStore read(Path file) throws IOException {
        if (!Files.exists(file)) return empty();
        Map<String, UplinkCredential> out = new LinkedHashMap<>();
        for (UplinkCredential c :
                UplinkCredentialJson.read(
                        Files.readString(file, StandardCharsets.UTF_8), file.toString())) {
            String where = file + ": bridges[" + out.size() + "]";
            if (out.values().stream().anyMatch(o -> o.username().equals(c.username()))
                    || out.containsKey(c.bridgeId())) {
                throw new IOException(
                        where
                                + ": bridge '"
                                + c.bridgeId()
                                + "' or user '"
                                + c.username()
                                + "' listed twice");
            }
            out.put(c.bridgeId(), c);
        }
        return new UplinkCredentialStore(out);
    }

    public List<UplinkCredential> list() {
        return List.copyOf(byBridge.values());
    }

    public boolean isEmpty() {
        return byBridge.isEmpty();
    }

    public Optional<UplinkCredential> byBridge(String bridgeId) {
        return Optional.ofNullable(byBridge.get(bridgeId));
    }

    public Optional<UplinkCredential> byUsername(String username) {
        return byBridge.values().stream().filter(c -> c.username().equals(username)).findFirst();
    }

    /** This store with {@code c} added, replacing an earlier credential of the same bridge. */
    public UplinkCredentialStore with(UplinkCredential c) {
        try {
            checkSegment("bridgeId", c.bridgeId());
            checkSegment("enterpriseId", c.enterpriseId());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        Map<String, UplinkCredential> next = new LinkedHashMap<>(byBridge);
        next.remove(c.bridgeId());
        next.put(c.bridgeId(), c);
        return new UplinkCredentialStore(next);
    }

    public UplinkCredentialStore without(String bridgeId) {
        Map<String, UplinkCredential> next = new LinkedHashMap<>(byBridge);
        next.remove(bridgeId);
        return new UplinkCredentialStore(next);
    }

    /**
     * Writes the store atomically (temp file, then rename), readable by the owner only. Blocking.
     */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        SecretFiles.write(tmp, UplinkCredentialJson.write(byBridge.values()) + "\n");
        try {
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void checkSegment(String what, String v) throws IOException {
        if (v == null || !SEGMENT.matcher(v).matches()) {
            throw new IOException(
                    what + ": '" + v + "' must be 1-64 characters of A-Z a-z 0-9 _ . -");
        }
    }

    /** Who owns which tag, from the credentials in file order. */
    public TagOwnership ownership() {
        return TagOwnership.of(
                byBridge.values().stream()
                        .map(c -> new TagOwnership.Claim(c.bridgeId(), c.tags()))
                        .toList());
    }

    /** Bridge ids in file order (for listings). */
    public List<String> bridgeIds() {
        return new ArrayList<>(byBridge.keySet());
    }
}
