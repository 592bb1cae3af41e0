package org.parkwatch.bridge.uplink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects samples into batches on its own thread: a batch is handed on when it holds {@code
 * maxSamples} samples or its first sample has waited {@code maxDelayMs}. {@link #add} blocks when
 * {@value #QUEUE_CAPACITY} samples are waiting (the disk is stuck): that back-pressure reaches
 * Milo, which is built for it, instead of filling the heap.
 */
public final class Batcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);
    static final int QUEUE_CAPACITY = 200_000;

    private final int maxSamples;
    private final long maxDelayNanos;
    private final Consumer<List<Sample>> flush;
    private final BlockingQueue<Sample> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private volatile boolean closing;

    /**
     * @param flush receives each batch on the batcher thread, in order
     */
    public Batcher(String name, int maxSamples, int maxDelayMs, Consumer<List<Sample>> flush) {
        this.maxSamples = maxSamples;
        this.maxDelayNanos = TimeUnit.MILLISECONDS.toNanos(maxDelayMs);
        this.flush = flush;
        this.thread = new Thread(this::run, "batcher-" + name);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    public void add(Sample s) {
        if (closing) {
            LOG.warn("sample of {} after close dropped", s.tagId());
            return;
        }
        try {
            queue.put(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Sample> batch = new ArrayList<>(maxSamples);
        while (true) {
            try {
                Sample first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing) break;
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + maxDelayNanos;
                while (batch.size() < maxSamples) {
                    if (queue.drainTo(batch, maxSamples - batch.size()) > 0) continue;
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    Sample next = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next == null) break;
                    batch.add(next);
                }
                hand(batch);
                batch = new ArrayList<>(maxSamples);
            } catch (InterruptedException e) {
                break;
            }
        }
        queue.drainTo(batch);
        for (int i = 0; i < batch.size(); i += maxSamples)
            hand(batch.subList(i, Math.min(batch.size(), i + maxSamples)));
    }

    private void hand(List<Sample> batch) {
        try {
            flush.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
            LOG.error("batch of {} samples could not be stored: {}", batch.size(), e.toString());
        }
    }

    /** Hands on what is queued and stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
