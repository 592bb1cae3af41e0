package org.parkwatch.backend.history;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Decodes stored chunks on every core: a value-at over 1,000 tags or a 24 h trend decodes hundreds
 * of chunks, and on a machine shared with other work a query gets a larger share of the CPU with
 * more threads (issue 13). Small lists stay on the caller's thread.
 */
final class Decode {
    /** Below this many chunks the fork/join hand-off costs more than it saves. */
    static final int PARALLEL_FROM = 8;

    private Decode() {}

    /** {@code decode} applied to each of {@code in}, results in the same order. */
    static <T, R> List<R> parallel(List<T> in, Function<T, R> decode) {
        @SuppressWarnings("unchecked")
        R[] out = (R[]) new Object[in.size()];
        IntStream range = IntStream.range(0, in.size());
        if (in.size() >= PARALLEL_FROM) range = range.parallel();
        range.forEach(i -> out[i] = decode.apply(in.get(i)));
        return Arrays.asList(out);
    }
}
