package org.parkwatch.backend.history.wal;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Tag names numbered 0, 1, 2, … in the order they are added: the write-ahead segment's tag
 * dictionary and the open columns' table (issue 13). A {@code HashMap} underneath: an open
 * addressing table with a Fibonacci hash was tried (its bins do not turn into trees for names that
 * differ in their last digits, {@code PARK.T1} … {@code PARK.T99999}), but it scatters the tags a
 * bridge sends in order over the whole table, and the cache misses cost more than the trees:
 * 177–480 ns a lookup against 13–250 ns for the map, 100,000 tags on the shared 2 cores, and {@code
 * TagIndex.add} took 58 % of the write-ahead path's CPU samples in {@code bench store}. Not
 * thread-safe.
 */
public final class TagIndex {
    private final HashMap<String, Integer> numbers = new HashMap<>();
    private String[] byIndex = new String[256];
    private int size;

    /** The number of {@code tag}, or -1 when it has none. */
    public int indexOf(String tag) {
        Integer i = numbers.get(tag);
        return i == null ? -1 : i;
    }

    /** The number of {@code tag}, the next free one ({@link #size()}) when it had none. */
    public int add(String tag) {
        Integer i = numbers.putIfAbsent(tag, size);
        if (i != null) return i;
        if (size == byIndex.length) byIndex = Arrays.copyOf(byIndex, size * 2);
        byIndex[size] = tag;
        return size++;
    }

    /** The tag numbered {@code index} (0 ≤ index < size). */
    public String tag(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return byIndex[index];
    }

    public int size() {
        return size;
    }

    /** Forgets the tags numbered {@code newSize} and above. */
    public void truncate(int newSize) {
        if (newSize >= size) return;
        if (newSize == 0) numbers.clear();
        else for (int i = newSize; i < size; i++) numbers.remove(byIndex[i]);
        Arrays.fill(byIndex, newSize, size, null);
        size = newSize;
    }

    public void clear() {
        truncate(0);
    }
}
