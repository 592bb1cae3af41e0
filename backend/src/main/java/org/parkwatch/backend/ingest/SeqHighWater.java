package org.parkwatch.backend.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The highest applied batch seq per bridge ({@code enterpriseId/bridgeId}), so replayed batches are dropped, also
 * across a backend restart: kept in memory, written to a small JSON file ({@code {"E01/E01-B1":42,...}}) periodically
 * and on stop. A crash loses at most one period, and the batches of that period are applied twice — acceptable for
 * latest-value state; history (issue 3) keeps its own key.
 */
public final class SeqHighWater {
    public static final String FILE_NAME = "ingest-seq.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, long[]> seqs = new HashMap<>();
    private boolean dirty;

    /** @param file where the marks live; read now if it exists */
    public SeqHighWater(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) throw new IOException(file + ": expected a JSON object");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().canConvertToLong()) {
                    throw new IOException(file + ": value of '" + e.getKey() + "' must be an integer");
                }
                seqs.put(e.getKey(), new long[]{e.getValue().asLong()});
            }
        }
    }

    public static String key(String enterpriseId, String bridgeId) {
        return enterpriseId + "/" + bridgeId;
    }

    /** The highest applied seq, or -1 when none. */
    public long get(String key) {
        long[] v = seqs.get(key);
        return v == null ? -1 : v[0];
    }

    public void put(String key, long seq) {
        long[] v = seqs.get(key);
        if (v == null) seqs.put(key, new long[]{seq});
        else v[0] = seq;
        dirty = true;
    }

    /** The marks as JSON when they changed since the last call, else null; call on the owning context. */
    public String takeSnapshotIfDirty() {
        if (!dirty) return null;
        dirty = false;
        Map<String, Long> sorted = new TreeMap<>();
        seqs.forEach((k, v) -> sorted.put(k, v[0]));
        try {
            return JSON.writeValueAsString(sorted);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a snapshot atomically (temp file, then rename); blocking, run it off the event loop. */
    public void write(String snapshot) throws IOException {
        if (file == null || snapshot == null) return;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, snapshot, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path file() {
        return file;
    }
}
