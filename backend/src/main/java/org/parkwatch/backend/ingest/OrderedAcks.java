package org.parkwatch.backend.ingest;

import io.vertx.core.Context;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One MQTT connection's acknowledgements, sent in the order the messages came (MQTT 3.1.1 §4.6),
 * each only once its own message and every earlier one are durable (issue 19, D2). Group commit
 * completes many batches at once; this keeps their PUBACKs in order. Used on one context only.
 */
final class OrderedAcks {
    private final Context context;
    private final Consumer<Throwable> notDurable;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param context where acknowledgements are sent (the connection's)
     * @param notDurable what to do instead when a message could not be made durable (close the
     *     connection unacknowledged, so the sender keeps the message)
     */
    OrderedAcks(Context context, Consumer<Throwable> notDurable) {
        this.context = context;
        this.notDurable = notDurable;
    }

    /**
     * Runs {@code ack} once {@code durable} and every earlier message's acknowledgement are done.
     */
    void after(CompletableFuture<?> durable, Runnable ack) {
        if (tail.isDone() && durable.isDone() && !durable.isCompletedExceptionally()) {
            ack.run(); // every earlier acknowledgement has gone out
            return;
        }
        // the link completes only once its acknowledgement went out, so the next one follows it
        CompletableFuture<Void> sent = new CompletableFuture<>();
        CompletableFuture.allOf(tail, durable)
                .whenComplete(
                        (v, e) ->
                                context.runOnContext(
                                        x -> {
                                            if (e == null) ack.run();
                                            else notDurable.accept(e);
                                            sent.complete(null);
                                        }));
        tail = sent;
    }
}
