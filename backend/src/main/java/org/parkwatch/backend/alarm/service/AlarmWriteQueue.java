package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alarm module's database writes (journal batches with the active-alarm rows, incidents, their
 * closings, work permits) in the order they were made, one at a time off the event loop, each
 * retried until the database takes it (issue 19: a database cut must not lose an incident or a
 * journal entry). A write that fails stays at the head of the queue and is tried again after {@link
 * #RETRY_PAUSE_MS}; the writes behind it wait, so the active-alarm rows never go back to an older
 * state. Each write is told whether it is a retry: the commit of the failed attempt may have
 * reached the database before the connection broke, so a retried write must not add its rows twice
 * (the journal and closing inserts check for their rows first; incidents and permits are replaced
 * by id). Safe from any thread.
 */
final class AlarmWriteQueue {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmWriteQueue.class);

    /** Pause between attempts of a failed write, milliseconds. */
    static final long RETRY_PAUSE_MS = 2_000;

    /** One database write; {@code retry} is true from the second attempt on. */
    @FunctionalInterface
    interface Write {
        void run(boolean retry) throws SQLException;
    }

    private record Item(String what, Write write, Promise<Void> firstAttempt) {}

    private final Vertx vertx;
    private final Deque<Item> queue = new ArrayDeque<>(); // guarded by this
    private boolean running; // guarded by this
    private int attempts; // of the head, guarded by this
    private long retried; // writes that succeeded after a failure
    private long failedAttempts; // attempts that failed
    private Promise<Void> drained; // completed when the queue empties, guarded by this

    AlarmWriteQueue(Vertx vertx) {
        this.vertx = vertx;
    }

    /**
     * Queues a write; the future completes when its first attempt succeeds, or fails with that
     * attempt's error (the write is then retried until it succeeds).
     */
    Future<Void> add(String what, Write write) {
        Item item = new Item(what, write, Promise.promise());
        synchronized (this) {
            queue.addLast(item);
            if (running) return item.firstAttempt().future();
            running = true;
        }
        runHead();
        return item.firstAttempt().future();
    }

    /** Writes waiting or running (a failed one included). */
    synchronized int size() {
        return queue.size();
    }

    /** Writes that were stored only by a retry, since start. */
    synchronized long retried() {
        return retried;
    }

    /** Attempts that failed, since start. */
    synchronized long failedAttempts() {
        return failedAttempts;
    }

    /** Completes once every queued write is stored (at once when none waits). */
    synchronized Future<Void> drained() {
        if (queue.isEmpty()) return Future.succeededFuture();
        if (drained == null) drained = Promise.promise();
        return drained.future();
    }

    private void runHead() {
        Item head;
        boolean retry;
        synchronized (this) {
            head = queue.peekFirst();
            if (head == null) {
                running = false;
                return;
            }
            retry = attempts > 0;
        }
        vertx.executeBlocking(
                        () -> {
                            head.write().run(retry);
                            return (Void) null;
                        },
                        false)
                .onComplete(r -> done(head, retry, r.cause()));
    }

    private void done(Item head, boolean retry, Throwable error) {
        if (error != null) {
            int n;
            synchronized (this) {
                n = ++attempts;
                failedAttempts++;
            }
            if (n == 1) {
                LOG.error("{} not stored, will retry: {}", head.what(), error.toString());
                head.firstAttempt().tryFail(error);
            }
            vertx.setTimer(RETRY_PAUSE_MS, t -> runHead());
            return;
        }
        if (retry) LOG.info("{} stored after {} attempts", head.what(), attempts + 1);
        head.firstAttempt().tryComplete();
        Promise<Void> empty = null;
        synchronized (this) {
            queue.pollFirst();
            if (retry) retried++;
            attempts = 0;
            if (queue.isEmpty() && drained != null) {
                empty = drained;
                drained = null;
            }
        }
        if (empty != null) empty.complete();
        runHead();
    }
}
