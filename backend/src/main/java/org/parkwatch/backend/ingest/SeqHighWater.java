package org.parkwatch.backend.ingest;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The highest applied batch seq per bridge ({@code enterpriseId/bridgeId}) and the sequence's
 * epoch, so replayed batches are dropped, also across a backend restart: kept in memory, written to
 * a small JSON file ({@code {"E01/E01-B1":42}} for a bridge without epochs, {@code
 * {"E01/E01-B2":{"epoch":"9f…","seq":42, "retired":["1c…"]}}} with one) by {@link DurableMarks}
 * after the history's write-ahead log and before the batches are acknowledged. After a crash the
 * file therefore never runs ahead of the history; it may lag by the batches that were durable but
 * not yet acknowledged. Those batches carry their mark in the write-ahead log, which hands it back
 * at start ({@link #recover}), so a batch the bridge sends again is a duplicate, not applied twice.
 *
 * <p>Epochs (issue 19, D1): a bridge's sequence belongs to its spool; a new spool (disk lost, spool
 * deleted) starts a new epoch at seq 0. A batch of a new epoch is {@link Verdict#NEW_EPOCH}:
 * accepted and reported, never dropped as a duplicate. A seq more than {@link #MAX_SEQ_JUMP} above
 * the mark (or above 0 for a new epoch) is {@link Verdict#JUMP_REFUSED}: not applied, the mark not
 * moved, so one batch cannot poison it; if the next batch continues right after the refused one,
 * the jump was real (the bridge's spool overflowed) and it is accepted.
 */
public final class SeqHighWater {
    public static final String FILE_NAME = "ingest-seq.json";

    /**
     * Largest forward jump of a bridge's seq accepted in one step: 100,000 batches are about 7
     * hours of a busy bridge at 4 batches a second [P]; a longer gap comes only from a spool that
     * overflowed, confirmed by the next batch.
     */
    public static final long MAX_SEQ_JUMP = 100_000;

    /**
     * Earlier epochs remembered per bridge, so a late batch of a replaced spool is not taken for a
     * new one.
     */
    static final int RETIRED_KEPT = 4;

    /** What to do with a batch, from its bridge's mark. */
    public enum Verdict {
        APPLY,
        DUPLICATE,
        NEW_EPOCH,
        RETIRED_EPOCH,
        JUMP_REFUSED
    }

    private static final class Mark {
        String epoch;
        long seq;
        long refusedSeq = -2;
        final List<String> retired = new ArrayList<>();

        Mark(String epoch, long seq) {
            this.epoch = epoch;
            this.seq = seq;
        }
    }

    private final Path file;
    private final Map<String, Mark> marks = new HashMap<>();
    private boolean dirty;

    /**
     * @param file where the marks live; read now if it exists
     */
    public SeqHighWater(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            JsonObject root;
            try {
                root = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
            } catch (DecodeException | ClassCastException e) {
                throw new IOException(
                        file + ": expected a JSON object (" + e.getMessage() + ")", e);
            }
            for (Map.Entry<String, Object> e : root)
                marks.put(e.getKey(), read(e.getKey(), e.getValue()));
        }
    }

    private Mark read(String key, Object v) throws IOException {
        if (isWhole(v)) return new Mark(null, ((Number) v).longValue());
        if (!(v instanceof JsonObject o)
                || !isWhole(o.getValue("seq"))
                || !(o.getValue("epoch") instanceof String epoch)
                || o.containsKey("retired") && !(o.getValue("retired") instanceof JsonArray)) {
            throw new IOException(
                    file
                            + ": value of '"
                            + key
                            + "' must be an integer or {\"epoch\":…,\"seq\":…}");
        }
        Mark m = new Mark(epoch, ((Number) o.getValue("seq")).longValue());
        JsonArray retired = o.getJsonArray("retired", new JsonArray());
        for (Object r : retired) m.retired.add(String.valueOf(r));
        return m;
    }

    private static boolean isWhole(Object v) {
        return v instanceof Integer || v instanceof Long;
    }

    public static String key(String enterpriseId, String bridgeId) {
        return enterpriseId + "/" + bridgeId;
    }

    /** The bridges with a mark ({@code enterpriseId/bridgeId}). */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(marks.keySet());
    }

    /** The highest applied seq, or -1 when none. */
    public long get(String key) {
        Mark m = marks.get(key);
        return m == null ? -1 : m.seq;
    }

    /** The epoch of the mark, or null (none yet, or a bridge that sends no epoch). */
    public String epoch(String key) {
        Mark m = marks.get(key);
        return m == null ? null : m.epoch;
    }

    /**
     * Judges a batch against the mark without changing it (except to remember a refused jump);
     * {@link #put} moves the mark after the batch was applied.
     *
     * @param epoch the batch's epoch, null for a bridge that sends none
     */
    public Verdict check(String key, String epoch, long seq) {
        Mark m = marks.get(key);
        if (m == null)
            return Verdict.APPLY; // the first word from this bridge: nothing to compare with
        boolean newEpoch = epoch != null && !epoch.equals(m.epoch);
        if (newEpoch && m.retired.contains(epoch)) return Verdict.RETIRED_EPOCH;
        long base = newEpoch ? -1 : m.seq;
        if (!newEpoch && seq <= base) return Verdict.DUPLICATE;
        if (seq - base > MAX_SEQ_JUMP && seq != m.refusedSeq + 1) {
            m.refusedSeq = seq;
            return Verdict.JUMP_REFUSED;
        }
        return newEpoch ? Verdict.NEW_EPOCH : Verdict.APPLY;
    }

    /**
     * Moves the mark of {@code key} to ({@code epoch}, {@code seq}); a changed epoch retires the
     * previous one.
     */
    public void put(String key, String epoch, long seq) {
        Mark m = marks.get(key);
        if (m == null) {
            marks.put(key, new Mark(epoch, seq));
        } else {
            if (epoch != null && !epoch.equals(m.epoch)) {
                if (m.epoch != null) m.retired.add(0, m.epoch);
                while (m.retired.size() > RETIRED_KEPT) m.retired.remove(m.retired.size() - 1);
                m.epoch = epoch;
            }
            m.seq = seq;
            m.refusedSeq = -2;
        }
        dirty = true;
    }

    /**
     * Raises the mark of {@code key} to a batch the history's write-ahead log holds (read back at
     * start), unless this file's mark is at least as new: the same epoch at a higher seq, or a
     * later epoch (the log's epoch is among the retired ones). A log epoch the file does not know
     * is newer (the bridge's new spool began after the file was last written): it becomes the mark
     * and retires the file's epoch.
     */
    public void recover(String key, String epoch, long seq) {
        Mark m = marks.get(key);
        if (m == null) {
            put(key, epoch, seq);
        } else if (java.util.Objects.equals(epoch, m.epoch)) {
            if (seq > m.seq) put(key, epoch, seq);
        } else if (epoch != null && !m.retired.contains(epoch)) {
            put(key, epoch, seq);
        }
    }

    /** {@link #put(String, String, long)} for a bridge without epochs. */
    public void put(String key, long seq) {
        put(key, null, seq);
    }

    /**
     * The marks as JSON when they changed since the last call, else null; call on the owning
     * context.
     */
    public String takeSnapshotIfDirty() {
        if (!dirty) return null;
        dirty = false;
        JsonObject root = new JsonObject();
        new TreeMap<>(marks)
                .forEach(
                        (k, m) -> {
                            if (m.epoch == null) {
                                root.put(k, m.seq);
                            } else {
                                JsonObject o =
                                        new JsonObject().put("epoch", m.epoch).put("seq", m.seq);
                                o.put("retired", new JsonArray(new ArrayList<>(m.retired)));
                                root.put(k, o);
                            }
                        });
        return root.encode();
    }

    /**
     * Writes a snapshot atomically (temp file, then rename); blocking, run it off the event loop.
     */
    public void write(String snapshot) throws IOException {
        if (file == null || snapshot == null) return;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, snapshot, StandardCharsets.UTF_8);
        try {
            Files.move(
                    tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public Path file() {
        return file;
    }
}
