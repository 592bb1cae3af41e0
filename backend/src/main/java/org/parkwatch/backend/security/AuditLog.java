package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the hash-chained audit log: events are linked and written by one thread of their own, in the
 * order they were recorded, never on the event loop. A record that cannot be written is logged as
 * an error and the chain goes on from the last written record (the gap shows as nothing, so the
 * failure is logged loudly).
 */
public final class AuditLog implements AuditTrail, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditStore store;
    private final ExecutorService writer =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "parkwatch-audit");
                        t.setDaemon(true);
                        return t;
                    });
    private long lastSeq;
    private String lastHash = AuditChain.GENESIS;

    /**
     * Reads the chain's end from the store's head, not from its last row (blocks): after rows were
     * deleted, new records still follow the head, so the gap stays visible to {@link #verify}.
     */
    public AuditLog(AuditStore store) throws SQLException {
        this.store = store;
        AuditStore.Head head = store.head();
        AuditRecord last = store.last();
        if (head.count() == 0 && last != null) { // a log written before the head existed
            head = new AuditStore.Head(last.seq(), last.hash());
        }
        lastSeq = head.count();
        lastHash = head.lastHash();
    }

    @Override
    public void record(AuditEvent raw) {
        // bounded to the columns of V12 (user-supplied names and long paths must not make a write
        // fail)
        AuditEvent event =
                new AuditEvent(
                        raw.tsMs(),
                        cut(raw.username(), 64),
                        cut(raw.role(), 16),
                        cut(raw.source(), 128),
                        cut(raw.action(), 64),
                        cut(raw.target(), 1000),
                        raw.detail());
        writer.execute(
                () -> {
                    AuditRecord r = AuditChain.link(lastSeq, lastHash, event);
                    try {
                        store.append(r);
                        lastSeq = r.seq();
                        lastHash = r.hash();
                    } catch (SQLException | RuntimeException e) {
                        LOG.error(
                                "audit record not written ({} by {}): {}",
                                event.action(),
                                event.username(),
                                e.toString());
                    }
                });
    }

    /** Waits until every event recorded so far is written (tests, shutdown). */
    public void flush() throws Exception {
        Future<?> f = writer.submit(() -> {});
        f.get(30, TimeUnit.SECONDS);
    }

    /** Newest first. Blocks. Waits for pending writes first so a reader sees its own actions. */
    public List<AuditRecord> query(AuditStore.AuditQuery q) throws Exception {
        flush();
        return store.query(q);
    }

    /** Walks the whole chain and compares its end with the stored head. Blocks. */
    public AuditChain.Verifier verify() throws Exception {
        flush();
        AuditChain.Verifier v = new AuditChain.Verifier();
        store.scan(v::accept);
        v.checkHead(store.head());
        return v;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS))
                LOG.warn("audit writer did not finish in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
