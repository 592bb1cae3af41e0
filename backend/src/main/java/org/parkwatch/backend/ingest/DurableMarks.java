package org.parkwatch.backend.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes the bridges' seq marks ({@link SeqHighWater}) so that the file always matches what was
 * acknowledged (issue 19, D2): a batch is acknowledged only once a snapshot of the marks that
 * includes it is written, and a snapshot is written only once the write-ahead log holds every batch
 * below it. After a crash the park then resumes each bridge exactly where its acknowledged batches
 * end — no batch the history lacks is dropped as a replay, and no acknowledged batch shows up as a
 * false "seq gap". Writes are grouped like the log's fsyncs: while one is under way, the batches
 * applied meanwhile wait for the next, which covers them all. Used on the ingest context only.
 */
public final class DurableMarks {
    private final SeqHighWater seqs;
    private final Function<String, CompletableFuture<?>> write;
    private final Executor owner;
    private CompletableFuture<Void> next;
    private boolean writing;

    /**
     * @param write writes a snapshot off the event loop (atomic replace of the file)
     * @param owner runs a task on the ingest context
     */
    public DurableMarks(
            SeqHighWater seqs, Function<String, CompletableFuture<?>> write, Executor owner) {
        this.seqs = seqs;
        this.write = write;
        this.owner = owner;
    }

    /**
     * The marks changed; the future completes once they are written, after {@code logDurable}
     * (asked when the write starts: the log's newest durability).
     */
    public CompletableFuture<Void> changed(Supplier<CompletableFuture<?>> logDurable) {
        if (next == null) next = new CompletableFuture<>();
        CompletableFuture<Void> mine = next;
        if (!writing) start(logDurable);
        return mine;
    }

    private void start(Supplier<CompletableFuture<?>> logDurable) {
        CompletableFuture<Void> covering = next;
        next = null;
        writing = true;
        String snapshot = seqs.takeSnapshotIfDirty();
        CompletableFuture<?> done =
                snapshot == null
                        ? CompletableFuture.completedFuture(null)
                        : logDurable.get().thenCompose(v -> write.apply(snapshot));
        done.whenComplete(
                (v, e) ->
                        owner.execute(
                                () -> {
                                    writing = false;
                                    if (e == null) covering.complete(null);
                                    else covering.completeExceptionally(e);
                                    if (next != null) start(logDurable);
                                }));
    }
}
