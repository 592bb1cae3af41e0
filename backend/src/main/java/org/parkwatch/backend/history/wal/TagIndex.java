package org.parkwatch.backend.history.wal;

import java.util.Arrays;

/**
 * Tag names numbered 0, 1, 2, … in the order they are added: the write-ahead segment's tag
 * dictionary and the open columns' table. Open addressing with a multiplicative (Fibonacci) hash of
 * {@code String.hashCode()}: a {@code HashMap} takes the hash's low bits, and tag names that differ
 * in their last digits ({@code PARK.T1} … {@code PARK.T99999}) crowded into few bins, which it
 * turned into trees; a fifth of the history's CPU went to those lookups in a profile of {@code
 * bench store} (issue 13). Not thread-safe.
 */
public final class TagIndex {
    /** 2^32 / φ: consecutive hashes land far apart (Knuth, TAOCP vol. 3, section 6.4). */
    private static final int FIBONACCI = 0x9E3779B9;

    private String[] slotTag = new String[1024];
    private int[] slotIndex = new int[1024];
    private int shift = 32 - 10;
    private String[] byIndex = new String[256];
    private int size;

    /** The number of {@code tag}, or -1 when it has none. */
    public int indexOf(String tag) {
        int mask = slotTag.length - 1;
        for (int i = slot(tag); ; i = (i + 1) & mask) {
            String k = slotTag[i];
            if (k == null) return -1;
            if (k.equals(tag)) return slotIndex[i];
        }
    }

    /** The number of {@code tag}, the next free one ({@link #size()}) when it had none. */
    public int add(String tag) {
        int mask = slotTag.length - 1;
        for (int i = slot(tag); ; i = (i + 1) & mask) {
            String k = slotTag[i];
            if (k == null) {
                if (size + 1 > slotTag.length - (slotTag.length >>> 2)) { // at most 3/4 full
                    rehash(slotTag.length * 2);
                    return add(tag);
                }
                if (size == byIndex.length) byIndex = Arrays.copyOf(byIndex, size * 2);
                byIndex[size] = tag;
                slotTag[i] = tag;
                slotIndex[i] = size;
                return size++;
            }
            if (k.equals(tag)) return slotIndex[i];
        }
    }

    /** The tag numbered {@code index} (0 ≤ index < size). */
    public String tag(int index) {
        if (index >= size) throw new IndexOutOfBoundsException(index);
        return byIndex[index];
    }

    public int size() {
        return size;
    }

    /** Forgets the tags numbered {@code size} and above. */
    public void truncate(int newSize) {
        if (newSize >= size) return;
        Arrays.fill(byIndex, newSize, size, null);
        size = newSize;
        rehash(slotTag.length);
    }

    public void clear() {
        truncate(0);
    }

    private int slot(String tag) {
        return (tag.hashCode() * FIBONACCI) >>> shift;
    }

    private void rehash(int slots) {
        slotTag = new String[slots];
        slotIndex = new int[slots];
        shift = 32 - Integer.numberOfTrailingZeros(slots);
        int mask = slots - 1;
        for (int j = 0; j < size; j++) {
            int i = slot(byIndex[j]);
            while (slotTag[i] != null) i = (i + 1) & mask;
            slotTag[i] = byIndex[j];
            slotIndex[i] = j;
        }
    }
}
