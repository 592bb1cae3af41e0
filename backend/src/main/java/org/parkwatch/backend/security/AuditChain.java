package org.parkwatch.backend.security;

import io.vertx.core.json.JsonArray;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: {@code hash = SHA-256(prev_hash ‖ canonical record)}, hex, where the canonical
 * record is the JSON array {@code [seq, ts, username, role, source, action, target, detail]}. Changing, removing or
 * reordering a stored row breaks the chain at that row. Pure; no I/O.
 */
public final class AuditChain {
    /** prev_hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The record that follows {@code prevSeq}/{@code prevHash}, with its hash. */
    public static AuditRecord link(long prevSeq, String prevHash, AuditEvent e) {
        long seq = prevSeq + 1;
        String detail = e.detail() == null ? "{}" : e.detail().encode();
        AuditRecord unhashed = new AuditRecord(seq, e.tsMs(), nz(e.username()), nz(e.role()), nz(e.source()),
                nz(e.action()), nz(e.target()), detail, prevHash, null);
        return new AuditRecord(seq, unhashed.tsMs(), unhashed.username(), unhashed.role(), unhashed.source(),
                unhashed.action(), unhashed.target(), detail, prevHash, hash(unhashed));
    }

    /** The hash {@code r} should carry given its fields and prev_hash. */
    public static String hash(AuditRecord r) {
        String canonical = new JsonArray().add(r.seq()).add(r.tsMs()).add(r.username()).add(r.role()).add(r.source())
                .add(r.action()).add(r.target()).add(r.detail()).encode();
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

        /** @return false once a record broke the chain (later ones are not checked) */
        public boolean accept(AuditRecord r) {
            if (firstBadSeq != null) return false;
            count++;
            if (r.seq() != expectedSeq || !r.prevHash().equals(prevHash) || !hash(r).equals(r.hash())) {
                firstBadSeq = r.seq() != expectedSeq ? Math.min(r.seq(), expectedSeq) : r.seq();
                return false;
            }
            expectedSeq++;
            prevHash = r.hash();
            return true;
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
