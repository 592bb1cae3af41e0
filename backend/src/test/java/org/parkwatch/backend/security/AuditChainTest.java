package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        long seq = 0;
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditRecord r =
                    AuditChain.link(
                            seq,
                            prev,
                            new AuditEvent(
                                    1000L + i,
                                    "u" + i,
                                    "admin",
                                    "10.0.0.1",
                                    "POST /api/x",
                                    "/api/x",
                                    new JsonObject().put("status", 200)));
            out.add(r);
            seq = r.seq();
            prev = r.hash();
        }
        return out;
    }

    private static AuditChain.Verifier verify(List<AuditRecord> records) {
        AuditChain.Verifier v = new AuditChain.Verifier();
        for (AuditRecord r : records) if (!v.accept(r)) break;
        return v;
    }

    @Test
    void anUntouchedChainVerifies() {
        List<AuditRecord> c = chain(5);
        assertEquals(AuditChain.GENESIS, c.get(0).prevHash());
        assertEquals(c.get(0).hash(), c.get(1).prevHash());
        AuditChain.Verifier v = verify(c);
        assertTrue(v.ok());
        assertEquals(5, v.records());
        assertNull(v.firstBadSeq());
    }

    @Test
    void aChangedFieldIsNamedByItsSeq() {
        List<AuditRecord> c = chain(5);
        AuditRecord r = c.get(2);
        c.set(
                2,
                new AuditRecord(
                        r.seq(),
                        r.tsMs(),
                        "mallory",
                        r.role(),
                        r.source(),
                        r.action(),
                        r.target(),
                        r.detail(),
                        r.prevHash(),
                        r.hash()));
        AuditChain.Verifier v = verify(c);
        assertFalse(v.ok());
        assertEquals(3L, v.firstBadSeq());
    }

    @Test
    void aRemovedRowIsNamed() {
        List<AuditRecord> c = chain(5);
        c.remove(1);
        assertEquals(2L, verify(c).firstBadSeq());
    }

    @Test
    void aRehashedRowStillBreaksTheNextLink() {
        List<AuditRecord> c = chain(4);
        AuditRecord r = c.get(1);
        AuditRecord forged =
                new AuditRecord(
                        r.seq(),
                        r.tsMs(),
                        "mallory",
                        r.role(),
                        r.source(),
                        r.action(),
                        r.target(),
                        r.detail(),
                        r.prevHash(),
                        null);
        c.set(
                1,
                new AuditRecord(
                        r.seq(),
                        r.tsMs(),
                        "mallory",
                        r.role(),
                        r.source(),
                        r.action(),
                        r.target(),
                        r.detail(),
                        r.prevHash(),
                        AuditChain.hash(forged)));
        assertEquals(3L, verify(c).firstBadSeq());
    }

    @Test
    void removingTheNewestRowsIsCaughtAgainstTheHead() {
        List<AuditRecord> c = chain(5);
        AuditStore.Head head = new AuditStore.Head(5, c.get(4).hash());
        AuditChain.Verifier whole = verify(c);
        whole.checkHead(head);
        assertTrue(whole.ok());
        AuditChain.Verifier cut = verify(c.subList(0, 3));
        assertTrue(cut.ok(), "the rows left form an unbroken chain");
        cut.checkHead(head);
        assertFalse(cut.ok());
        assertTrue(cut.truncated());
        assertEquals(4L, cut.firstBadSeq(), "the first missing record");
    }

    @Test
    void aRowAddedBehindTheWritersBackIsNamed() {
        List<AuditRecord> c = chain(4);
        AuditChain.Verifier v = verify(c);
        v.checkHead(new AuditStore.Head(3, c.get(2).hash()));
        assertFalse(v.ok());
        assertFalse(v.truncated());
        assertEquals(4L, v.firstBadSeq());
    }
}
