package org.parkwatch.backend.history;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams {@code GET /api/export/history.csv?tags=A,B&from=<ms>&to=<ms>} ({@link HistoryCsv} rows,
 * tag by tag, an hour of samples at a time) from a worker thread, pausing while the client's write
 * queue is full. Bounded: at most {@value #MAX_TAGS} tags and {@value #MAX_DAYS} days. A failure
 * after the first bytes resets the connection, so the client sees a broken download, never a
 * silently short file.
 */
final class HistoryExport {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryExport.class);
    static final int MAX_TAGS = 200;
    static final int MAX_DAYS = 31;

    /**
     * Longest wait for a slow client to drain its queue before the export is abandoned, seconds.
     */
    static final long DRAIN_TIMEOUT_S = 60;

    private final Vertx vertx;
    private final HistoryRepository repository;
    private final Clock clock;

    HistoryExport(Vertx vertx, HistoryRepository repository, Clock clock) {
        this.vertx = vertx;
        this.repository = repository;
        this.clock = clock;
    }

    void handle(RoutingContext ctx, Set<String> tags) {
        long from, to;
        try {
            to = BlockingReply.longParam(ctx, "to", clock.millis());
            from = BlockingReply.longParam(ctx, "from", to - HistoryRoutes.DEFAULT_WINDOW_MS);
            if (from >= to)
                throw new IllegalArgumentException(
                        "from (" + from + ") must be before to (" + to + ")");
            if (to - from > MAX_DAYS * HistoryRepository.DAY_MS) {
                throw new IllegalArgumentException(
                        "an export covers at most " + MAX_DAYS + " days");
            }
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        HttpServerResponse res =
                ctx.response()
                        .setChunked(true)
                        .putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"history.csv\"");
        long f = from, t = to;
        vertx.executeBlocking(
                        () -> {
                            stream(res, tags, f, t);
                            return null;
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) res.end();
                            else if (!res.headWritten()) ApiReplies.failure(ctx, ar.cause());
                            else {
                                LOG.warn("history export broken off: {}", ar.cause().toString());
                                res.reset();
                            }
                        });
    }

    private void stream(HttpServerResponse res, Set<String> tags, long from, long to)
            throws Exception {
        write(res, new StringBuilder(HistoryCsv.HEADER));
        for (String tag : tags) {
            long a = from;
            while (a < to) { // one stored hour at a time: memory stays bounded whatever the window
                long b =
                        Math.min(
                                to,
                                ChunkRepository.earliestStartFor(a) + ChunkRepository.READ_SPAN_MS);
                StringBuilder out = new StringBuilder();
                for (Sample s : repository.raw(tag, a, b, Integer.MAX_VALUE))
                    HistoryCsv.row(out, s);
                if (!out.isEmpty()) write(res, out);
                a = b;
            }
        }
    }

    private static void write(HttpServerResponse res, StringBuilder text) throws Exception {
        if (res.writeQueueFull()) {
            CountDownLatch drained = new CountDownLatch(1);
            res.drainHandler(v -> drained.countDown());
            if (res.writeQueueFull() && !drained.await(DRAIN_TIMEOUT_S, TimeUnit.SECONDS)) {
                throw new IllegalStateException(
                        "client did not read the export for " + DRAIN_TIMEOUT_S + " s");
            }
        }
        res.write(Buffer.buffer(text.toString()));
    }
}
