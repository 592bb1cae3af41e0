package org.parkwatch.backend.history;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.parkwatch.backend.history.wal.TagIndex;
import org.parkwatch.model.uplink.Sample;

/**
 * The open samples' columns by tag, numbered by a {@link TagIndex}. Read-only as a {@link
 * java.util.Map}, iterated in the order tags arrived; not thread-safe (guarded by {@link
 * OpenChunks}).
 */
final class TagTable extends AbstractMap<String, List<Sample>> {
    /** Room a tag's columns start with when the set before did not hold it. */
    static final int DEFAULT_CAPACITY = 16;

    private final TagIndex index = new TagIndex();
    private TagColumns[] columns = new TagColumns[256];
    // the tags of the set before and how many samples each held (sizes only, not the samples)
    private final TagIndex hintIndex;
    private final int[] hintSizes;

    TagTable() {
        this.hintIndex = null;
        this.hintSizes = null;
    }

    /**
     * A table whose columns start with room for what each tag held in {@code before} and an eighth
     * more: a steady tag then never grows its columns (growth, copying three arrays each time, was
     * the open-sample append's largest cost in a profile of {@code bench store}). Keeps only {@code
     * before}'s tag numbering and counts; {@code before} must take no more samples.
     */
    TagTable(TagTable before) {
        this.hintIndex = before.index;
        this.hintSizes = new int[before.index.size()];
        for (int i = 0; i < hintSizes.length; i++) hintSizes[i] = before.columns[i].size();
    }

    /** The columns of {@code tag}, created empty when it has none yet. */
    TagColumns columns(String tag) {
        int i = index.add(tag);
        if (i == columns.length) columns = Arrays.copyOf(columns, i * 2);
        TagColumns c = columns[i];
        if (c != null) return c;
        int h = hintIndex == null ? -1 : hintIndex.indexOf(tag);
        int capacity = h < 0 ? DEFAULT_CAPACITY : hintSizes[h] + hintSizes[h] / 8 + 1;
        return columns[i] = new TagColumns(tag, capacity);
    }

    @Override
    public List<Sample> get(Object key) {
        if (!(key instanceof String tag)) return null;
        int i = index.indexOf(tag);
        return i < 0 ? null : columns[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public Set<Entry<String, List<Sample>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return index.size();
            }

            @Override
            public Iterator<Entry<String, List<Sample>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < index.size();
                    }

                    @Override
                    public Entry<String, List<Sample>> next() {
                        if (next >= index.size()) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(index.tag(i), columns[i]);
                    }
                };
            }
        };
    }
}
