package org.parkwatch.backend.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The audit log in memory, for a backend without a database ({@code db.enabled=false}); lost at
 * restart.
 */
public final class MemoryAuditStore implements AuditStore {
    private final List<AuditRecord> records = new ArrayList<>();
    private Head head = Head.EMPTY;

    @Override
    public synchronized AuditRecord last() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    @Override
    public synchronized Head head() {
        return head;
    }

    @Override
    public synchronized void append(AuditRecord r) {
        records.add(r);
        head = new Head(r.seq(), r.hash());
    }

    @Override
    public synchronized List<AuditRecord> query(AuditQuery q) {
        List<AuditRecord> out = new ArrayList<>();
        int skipped = 0;
        for (int i = records.size() - 1; i >= 0 && out.size() < q.limit(); i--) {
            AuditRecord r = records.get(i);
            if (!q.matches(r)) continue;
            if (skipped++ < q.offset()) continue;
            out.add(r);
        }
        return out;
    }

    @Override
    public synchronized void scan(Predicate<AuditRecord> sink) {
        for (AuditRecord r : records) if (!sink.test(r)) return;
    }
}
