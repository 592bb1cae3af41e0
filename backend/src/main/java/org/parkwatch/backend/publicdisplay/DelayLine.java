package org.parkwatch.backend.publicdisplay;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Holds timed values back until they are at least {@code delayMs} old: {@link #current(long)} is
 * the newest value taken at or before {@code now − delayMs}, never a younger one. Each value is
 * handed to the release listener once, in order, when it crosses the delay line (the public trend
 * is fed from there, so it is delayed too). Not thread-safe: the public display uses it on one
 * context.
 *
 * @param <T> the snapshot type
 */
public final class DelayLine<T> {
    /** A value and the time it was taken, epoch ms. */
    public record Entry<T>(long takenMs, T value) {}

    private final long delayMs;
    private final Consumer<Entry<T>> onRelease;
    private final Deque<Entry<T>> pending = new ArrayDeque<>();
    private Entry<T> current;

    public DelayLine(long delayMs, Consumer<Entry<T>> onRelease) {
        if (delayMs < 0)
            throw new IllegalArgumentException("delayMs must be >= 0 (got " + delayMs + ")");
        this.delayMs = delayMs;
        this.onRelease = onRelease;
    }

    /** Adds a value; one not newer than the last offered is ignored (the line stays ordered). */
    public void offer(long takenMs, T value) {
        Entry<T> last = pending.peekLast() != null ? pending.peekLast() : current;
        if (last != null && takenMs <= last.takenMs()) return;
        pending.addLast(new Entry<>(takenMs, value));
    }

    /**
     * The newest value at least {@code delayMs} old at {@code nowMs}; empty until the first one is.
     */
    public Optional<Entry<T>> current(long nowMs) {
        while (!pending.isEmpty() && pending.peekFirst().takenMs() <= nowMs - delayMs) {
            current = pending.pollFirst();
            onRelease.accept(current);
        }
        return Optional.ofNullable(current);
    }

    /** Values still held back. */
    public int pending() {
        return pending.size();
    }

    public long delayMs() {
        return delayMs;
    }
}
