package org.parkwatch.backend.history;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.parkwatch.model.uplink.Sample;

/**
 * The open samples' columns by tag: open addressing with a multiplicative (Fibonacci) hash of the
 * tag's {@code String.hashCode()}. A {@code HashMap} takes the low bits of that hash, and tag names
 * that differ in their last digits ({@code PARK.T1} … {@code PARK.T99999}) crowded into few bins,
 * which it turned into trees: a fifth of the history's CPU went to the open-sample append in a
 * profile of {@code bench store} (issue 13). Read-only as a {@link java.util.Map}; not thread-safe
 * (guarded by {@link OpenChunks}).
 */
final class TagTable extends AbstractMap<String, List<Sample>> {
    /** 2^32 / φ: consecutive hashes land far apart (Knuth, TAOCP vol. 3, section 6.4). */
    private static final int FIBONACCI = 0x9E3779B9;

    private String[] keys = new String[1024];
    private TagColumns[] values = new TagColumns[1024];
    private int shift = 32 - 10;
    private int size;

    /** The columns of {@code tag}, created empty when it has none yet. */
    TagColumns columns(String tag) {
        int mask = keys.length - 1;
        for (int i = slot(tag); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                if (size + 1 > keys.length - (keys.length >>> 2)) { // at most 3/4 full
                    grow();
                    return columns(tag);
                }
                keys[i] = tag;
                size++;
                return values[i] = new TagColumns(tag);
            }
            if (k.equals(tag)) return values[i];
        }
    }

    @Override
    public List<Sample> get(Object key) {
        if (!(key instanceof String tag)) return null;
        int mask = keys.length - 1;
        for (int i = slot(tag); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return null;
            if (k.equals(tag)) return values[i];
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    private int slot(String tag) {
        return (tag.hashCode() * FIBONACCI) >>> shift;
    }

    private void grow() {
        String[] oldKeys = keys;
        TagColumns[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new TagColumns[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == null) continue;
            int i = slot(oldKeys[j]);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
        }
    }

    @Override
    public Set<Entry<String, List<Sample>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, List<Sample>>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        while (from < keys.length && keys[from] == null) from++;
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, List<Sample>> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        Entry<String, List<Sample>> e =
                                new SimpleImmutableEntry<>(keys[next], values[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
