package org.parkwatch.backend.history.wal;

import java.util.Arrays;

/**
 * Tag names numbered 0, 1, 2, … in the order they are added: the write-ahead segment's tag
 * dictionary and the open columns' numbering (issue 13). Every sample stored passes here twice, so
 * it is a hot path.
 *
 * <p>An open-addressing table (linear probing, at most half full) over two parallel arrays, keys
 * and numbers, with {@link java.util.HashMap}'s spread of {@link String#hashCode}. The spread
 * matters: tags a bridge sends in order ({@code E01.TI101.PV}, {@code E01.TI102.PV}, …) have nearby
 * hash codes, so their slots are neighbours and a batch walks the table almost in order. A
 * Fibonacci hash was tried once: it scatters those tags over the whole table and every lookup
 * missed the cache (177–480 ns). A {@code HashMap<String, Integer>} keeps the locality but reads a
 * node and a boxed number an entry: 75–85 ns a lookup against 36–50 ns here, 100,000 tags in order,
 * thread CPU time on the shared 2 cores. Not thread-safe.
 */
public final class TagIndex {
    private String[] keys = new String[512];
    private int[] numbers = new int[512];
    private String[] byIndex = new String[256];
    private int size;

    private static int slot(String tag, int mask) {
        int h = tag.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The number of {@code tag}, or -1 when it has none. */
    public int indexOf(String tag) {
        int mask = keys.length - 1;
        for (int i = slot(tag, mask); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return -1;
            if (k == tag || k.equals(tag)) return numbers[i];
        }
    }

    /** The number of {@code tag}, the next free one ({@link #size()}) when it had none. */
    public int add(String tag) {
        int mask = keys.length - 1;
        int i = slot(tag, mask);
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == tag || k.equals(tag)) return numbers[i];
        }
        keys[i] = tag;
        numbers[i] = size;
        if (size == byIndex.length) byIndex = Arrays.copyOf(byIndex, size * 2);
        byIndex[size] = tag;
        if (++size * 2 > keys.length) rehash(keys.length * 2);
        return size - 1;
    }

    /** Rebuilds the table with {@code capacity} slots from the numbered tags. */
    private void rehash(int capacity) {
        keys = new String[capacity];
        numbers = new int[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            int i = slot(byIndex[n], mask);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = byIndex[n];
            numbers[i] = n;
        }
    }

    /** The tag numbered {@code index} (0 ≤ index < size). */
    public String tag(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return byIndex[index];
    }

    public int size() {
        return size;
    }

    /** Forgets the tags numbered {@code newSize} and above. */
    public void truncate(int newSize) {
        if (newSize >= size) return;
        Arrays.fill(byIndex, newSize, size, null);
        size = newSize;
        if (size == 0)
            Arrays.fill(keys, null); // the table keeps its size: the next segment refills it
        else rehash(keys.length); // linear probing cannot simply drop keys: rebuild (rare)
    }

    public void clear() {
        truncate(0);
    }
}
