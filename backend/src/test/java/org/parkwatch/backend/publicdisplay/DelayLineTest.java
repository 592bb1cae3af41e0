package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelayLineTest {
    @Test
    void valueIsHiddenUntilItIsOldEnough() {
        DelayLine<String> line = new DelayLine<>(900_000, e -> {});
        line.offer(1_000, "a");
        assertTrue(line.current(1_000).isEmpty());
        assertTrue(line.current(900_999).isEmpty());
        assertEquals("a", line.current(901_000).orElseThrow().value());
    }

    @Test
    void newerValueReplacesOlderOnlyAfterItsOwnDelay() {
        DelayLine<String> line = new DelayLine<>(10, e -> {});
        line.offer(100, "old");
        line.offer(105, "new");
        assertEquals("old", line.current(112).orElseThrow().value());
        assertEquals(1, line.pending());
        assertEquals("new", line.current(115).orElseThrow().value());
        assertEquals(0, line.pending());
    }

    @Test
    void releasesEachValueOnceInOrder() {
        List<Long> released = new ArrayList<>();
        DelayLine<String> line = new DelayLine<>(10, e -> released.add(e.takenMs()));
        line.offer(1, "a");
        line.offer(2, "b");
        line.offer(3, "c");
        line.current(12);
        line.current(12);
        line.current(100);
        assertEquals(List.of(1L, 2L, 3L), released);
    }

    @Test
    void outOfOrderValueIsIgnored() {
        DelayLine<String> line = new DelayLine<>(0, e -> {});
        line.offer(10, "a");
        line.offer(5, "late");
        assertEquals("a", line.current(20).orElseThrow().value());
        assertEquals(0, line.pending());
    }
}
