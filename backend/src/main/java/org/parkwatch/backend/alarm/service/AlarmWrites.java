package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.parkwatch.backend.alarm.IncidentClosure;
import org.parkwatch.backend.alarm.WorkPermit;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the alarm module writes to its tables (journal batches with the active-alarm rows,
 * incidents, their closings, work permits), queued in order on one {@link AlarmWriteQueue} so a
 * database cut delays them rather than losing them (issue 19). Kept apart from {@link AlarmService}
 * so the journal and the incident book share one queue without knowing the repositories. Every
 * write is a no-op without a database (before {@link #open}, or with null tables).
 */
final class AlarmWrites {
    /** Longest wait in {@link #drain} for the queued writes, milliseconds. */
    static final long STOP_WAIT_MS = 15_000;

    private static final Logger LOG = LoggerFactory.getLogger(AlarmWrites.class);

    private Vertx vertx;
    private AlarmRepository repository;
    private PermitIncidentRepository permitsAndIncidents;

    /** Every database write in order, retried after a failure (null without a database). */
    private volatile AlarmWriteQueue queue;

    /**
     * Opens the queue at start on the ingest context.
     *
     * @param repository the alarm tables, or null without a database
     * @param permitsAndIncidents the work permit and incident tables, or null without a database
     */
    void open(
            Vertx vertx, AlarmRepository repository, PermitIncidentRepository permitsAndIncidents) {
        this.vertx = vertx;
        this.repository = repository;
        this.permitsAndIncidents = permitsAndIncidents;
        if (repository != null || permitsAndIncidents != null)
            this.queue = new AlarmWriteQueue(vertx);
    }

    /** The alarm tables, or null without a database. */
    AlarmRepository repository() {
        return repository;
    }

    /** Queues a journal batch with its active-alarm rows; nothing without the alarm tables. */
    Future<Void> journal(AlarmRepository.Batch batch) {
        if (repository == null || vertx == null) return Future.succeededFuture();
        return write(
                batch.entries().size() + " alarm journal entries",
                retry -> repository.write(batch, retry));
    }

    /** Queues an incident (replaced by id, so a retry needs no check). */
    void incident(Incident i) {
        if (permitsAndIncidents != null)
            write("incident " + i.id(), retry -> permitsAndIncidents.saveIncident(i));
    }

    /** Queues an operator's closing of an incident. */
    void closure(IncidentClosure closure) {
        if (permitsAndIncidents != null)
            write(
                    "closing of incident " + closure.incidentId(),
                    retry -> permitsAndIncidents.saveClosure(closure, retry));
    }

    /** Queues a work permit (replaced by number). */
    void permit(WorkPermit p) {
        if (permitsAndIncidents != null)
            write("work permit " + p.number(), retry -> permitsAndIncidents.savePermit(p));
    }

    /**
     * Completes when the queued writes are stored or after {@value #STOP_WAIT_MS} ms, whichever
     * comes first (a database still away keeps them unwritten, which is logged).
     */
    Future<Void> drain() {
        AlarmWriteQueue q = queue;
        if (q == null || vertx == null) return Future.succeededFuture();
        Promise<Void> done = Promise.promise();
        long timer =
                vertx.setTimer(
                        STOP_WAIT_MS,
                        t -> {
                            if (q.size() > 0)
                                LOG.error("{} alarm database writes not stored at stop", q.size());
                            done.tryComplete();
                        });
        q.drained()
                .onComplete(
                        r -> {
                            vertx.cancelTimer(timer);
                            done.tryComplete();
                        });
        return done.future();
    }

    /** Database writes waiting (a failed one being retried included); 0 without a database. */
    int unwrittenCount() {
        return queue == null ? 0 : queue.size();
    }

    /** Failed attempts of database writes, since start (each is retried). */
    long failedWriteAttempts() {
        return queue == null ? 0 : queue.failedAttempts();
    }

    /** Database writes stored only by a retry after a failure, since start. */
    long retriedWrites() {
        return queue == null ? 0 : queue.retried();
    }

    /**
     * Queues a database write, retried until it is stored ({@link AlarmWriteQueue}); nothing
     * without a database.
     */
    private Future<Void> write(String what, AlarmWriteQueue.Write w) {
        if (queue == null) return Future.succeededFuture();
        return queue.add(what, w);
    }
}
