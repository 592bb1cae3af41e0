package org.parkwatch.backend.ingest.uplink;

import org.parkwatch.backend.ingest.TagOwnership;
import org.parkwatch.model.secret.SecretFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

/**
 * The bridges' MQTT credentials, an immutable snapshot of {@value #FILE_NAME} in the data folder:
 * <pre>{"version":1,"bridges":[{"bridgeId":"E01-B1","enterpriseId":"E01","username":"E01-B1",
 *   "algorithm":"PBKDF2WithHmacSHA256","hash":"…","salt":"…","iterations":600000,"createdMs":…,
 *   "tags":["E01.V101.LT",…]}]}</pre>
 * Passwords are never stored, only their slow hashes. {@link #write} replaces the file atomically with owner-only
 * permissions (0600). Changes make new snapshots ({@link #with}, {@link #without}).
 */
public final class UplinkCredentialStore {
    public static final String FILE_NAME = "uplink-credentials.json";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, UplinkCredential> byBridge; // insertion order = file order

    private UplinkCredentialStore(Map<String, UplinkCredential> byBridge) {
        this.byBridge = byBridge;
    }

    public static UplinkCredentialStore empty() {
        return new UplinkCredentialStore(new LinkedHashMap<>());
    }

    /** Reads the file; a missing file is an empty store. @throws IOException naming the file and the bad entry */
    public static UplinkCredentialStore read(Path file) throws IOException {
        if (!Files.exists(file)) return empty();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.path("bridges").isArray()) {
            throw new IOException(file + ": expected {\"version\":1,\"bridges\":[...]}");
        }
        Map<String, UplinkCredential> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : root.path("bridges")) {
            String where = file + ": bridges[" + i++ + "]";
            String bridgeId = n.path("bridgeId").asText("");
            String enterpriseId = n.path("enterpriseId").asText("");
            checkSegment(where + ".bridgeId", bridgeId);
            checkSegment(where + ".enterpriseId", enterpriseId);
            if (!ALGORITHM.equals(n.path("algorithm").asText())) {
                throw new IOException(where + ".algorithm: must be " + ALGORITHM);
            }
            String hash = n.path("hash").asText("");
            String salt = n.path("salt").asText("");
            int iterations = n.path("iterations").asInt(0);
            if (hash.isEmpty() || salt.isEmpty() || iterations < 1) {
                throw new IOException(where + ": hash, salt and iterations (>= 1) are required");
            }
            String username = n.path("username").asText(bridgeId);
            if (out.values().stream().anyMatch(c -> c.username().equals(username)) || out.containsKey(bridgeId)) {
                throw new IOException(where + ": bridge '" + bridgeId + "' or user '" + username + "' listed twice");
            }
            List<String> tags = new ArrayList<>();
            for (JsonNode t : n.path("tags")) {
                if (!t.isTextual() || t.asText().isBlank()) throw new IOException(where + ".tags: tag ids must be text");
                tags.add(t.asText());
            }
            out.put(bridgeId, new UplinkCredential(bridgeId, enterpriseId, username,
                    new PasswordHash.Hashed(hash, salt, iterations), n.path("createdMs").asLong(0), tags));
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

    /** Writes the store atomically (temp file, then rename), readable by the owner only. Blocking. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("version", 1);
        ArrayNode arr = root.putArray("bridges");
        for (UplinkCredential c : byBridge.values()) {
            arr.addObject().put("bridgeId", c.bridgeId()).put("enterpriseId", c.enterpriseId())
                    .put("username", c.username()).put("algorithm", ALGORITHM).put("hash", c.password().hash())
                    .put("salt", c.password().salt()).put("iterations", c.password().iterations())
                    .put("createdMs", c.createdMs());
            if (!c.tags().isEmpty()) {
                ArrayNode tags = ((ObjectNode) arr.get(arr.size() - 1)).putArray("tags");
                c.tags().forEach(tags::add);
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        SecretFiles.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void checkSegment(String what, String v) throws IOException {
        if (v == null || !SEGMENT.matcher(v).matches()) {
            throw new IOException(what + ": '" + v + "' must be 1-64 characters of A-Z a-z 0-9 _ . -");
        }
    }

    /** Who owns which tag, from the credentials in file order. */
    public TagOwnership ownership() {
        return TagOwnership.of(byBridge.values().stream()
                .map(c -> new TagOwnership.Claim(c.bridgeId(), c.tags())).toList());
    }

    /** Bridge ids in file order (for listings). */
    public List<String> bridgeIds() {
        return new ArrayList<>(byBridge.keySet());
    }
}
