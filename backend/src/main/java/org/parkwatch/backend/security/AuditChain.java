package org.parkwatch.backend.security;

import io.vertx.core.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: {@code hash = SHA-256(prev_hash ‖ canonical record)}, hex, where
 * the canonical record is the JSON array {@code [seq, ts, username, role, source, action, target,
 * detail]}. Changing, removing or reordering a stored row breaks the chain at that row; removing
 * the newest rows is caught against the head stored apart from the rows ({@link AuditStore.Head}).
 * Pure; no I/O.
 */
public final class AuditChain {
    /** prev_hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The record that follows {@code prevSeq}/{@code prevHash}, with its hash. */
    public static AuditRecord link(long prevSeq, String prevHash, AuditEvent e) {
        long seq = prevSeq + 1;
        String detail = e.detail() == null ? "{}" : e.detail().encode();
        AuditRecord unhashed =
                new AuditRecord(
                        seq,
                        e.tsMs(),
                        nz(e.username()),
                        nz(e.role()),
                        nz(e.source()),
                        nz(e.action()),
                        nz(e.target()),
                        detail,
                        prevHash,
                        null);
        return new AuditRecord(
                seq,
                unhashed.tsMs(),
                unhashed.username(),
                unhashed.role(),
                unhashed.source(),
                unhashed.action(),
                unhashed.target(),
                detail,
                prevHash,
                hash(unhashed));
    }

    /** The hash {@code r} should carry given its fields and prev_hash. */
    public static String hash(AuditRecord r) {
        String canonical =
                new JsonArray()
                        .add(r.seq())
                        .add(r.tsMs())
                        .add(r.username())
                        .add(r.role())
                        .add(r.source())
                        .add(r.action())
                        .add(r.target())
                        .add(r.detail())
                        .encode();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(r.prevHash().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Checks records handed over in seq order, one at a time. */
    public static final class Verifier {
        private long expectedSeq = 1;
        private String prevHash = GENESIS;
        private long count;
        private Long firstBadSeq;
        private boolean truncated;

        /**
         * @return false once a record broke the chain (later ones are not checked)
         */
        public boolean accept(AuditRecord r) {
            if (firstBadSeq != null) return false;
            count++;
            if (r.seq() != expectedSeq
                    || !r.prevHash().equals(prevHash)
                    || !hash(r).equals(r.hash())) {
                firstBadSeq = r.seq() != expectedSeq ? Math.min(r.seq(), expectedSeq) : r.seq();
                return false;
            }
            expectedSeq++;
            prevHash = r.hash();
            return true;
        }

        /**
         * Compares the end of an unbroken chain with the stored head: fewer records than the head
         * counts, or a last hash that differs, is a truncation (the first missing seq is reported);
         * more records than the head counts were added behind the writer's back (the first one is
         * reported).
         */
        public void checkHead(AuditStore.Head head) {
            if (firstBadSeq != null) return;
            if (count < head.count()
                    || count == head.count() && !prevHash.equals(head.lastHash())) {
                truncated = true;
                firstBadSeq = count < head.count() ? count + 1 : Math.max(count, 1);
            } else if (count > head.count()) {
                firstBadSeq = head.count() + 1;
            }
        }

        /**
         * True when the newest records are missing (the stored head points past the end of the
         * rows).
         */
        public boolean truncated() {
            return truncated;
        }

        public boolean ok() {
            return firstBadSeq == null;
        }

        public long records() {
            return count;
        }

        /** The first record that does not fit, or null. */
        public Long firstBadSeq() {
            return firstBadSeq;
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
