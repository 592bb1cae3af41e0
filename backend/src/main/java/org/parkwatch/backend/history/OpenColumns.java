package org.parkwatch.backend.history;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.wal.TagIndex;
import org.parkwatch.model.uplink.Sample;

/**
 * One set of open samples (issue 13) as primitive columns in the order they arrived: tag number,
 * source time, value bits, value kind, and the position of the same tag's sample before (a chain a
 * query walks back); status codes and texts only in the blocks that need them. About 25 bytes a
 * sample.
 *
 * <p>Why arrival order and not a column set per tag (the layout before): a park's batches visit
 * 100,000 tags in turn, so appending to per-tag arrays wrote each sample to a different cache line
 * of each of three arrays, and those hundred thousand small, growing arrays were copied by every
 * young collection until the commit. In {@code bench store} that was the larger part of making a
 * sample durable: 500–800 ns a sample in the append, and young collections summing to more than a
 * second in a 5-second write. Here an append writes at one moving position in a few large blocks,
 * and the regrouping by tag ({@link #byTag}) happens once, in the commit, off the ingest path.
 *
 * <p>Blocks hold {@value #BLOCK} samples (the first one starts small and grows to that, so an idle
 * writer costs little); positions are ints. Not thread-safe: guarded by {@link OpenChunks}; once
 * sealed no sample is added, and {@link #byTag} may run in another thread.
 */
final class OpenColumns {
    private static final int SHIFT = 18;

    /** Samples a block holds. */
    static final int BLOCK = 1 << SHIFT;

    private static final int MASK = BLOCK - 1;
    private static final int FIRST_CAPACITY = 1 << 10;
    private static final byte NULL = ChunkCodec.KIND_NULL,
            DOUBLE = ChunkCodec.KIND_DOUBLE,
            FALSE = ChunkCodec.KIND_FALSE,
            TRUE = ChunkCodec.KIND_TRUE,
            TEXT = ChunkCodec.KIND_TEXT;

    private final TagIndex index = new TagIndex();
    private int[] newest = new int[256]; // a tag number's newest position, or -1
    private int[] counts = new int[256]; // a tag number's samples
    private Block[] blocks = new Block[4];
    private int blockCount;
    private int size;
    private volatile Map<String, List<Sample>> grouped; // made once by byTag
    // the log's tag numbers of segment mappedSegment → this set's numbers + 1 (0: not yet seen)
    private int[] fromLog = new int[256];
    private long mappedSegment = Long.MIN_VALUE;

    /** Positions [k·BLOCK, (k+1)·BLOCK) of the set. */
    private static final class Block {
        int[] tag;
        long[] time;
        long[] bits;
        byte[] kind;
        int[] before; // the position of the same tag's sample before, or -1
        long[] status; // null while every status in the block is 0 (Good)
        String[] text; // null while no sample in the block holds a text

        Block(int capacity) {
            tag = new int[capacity];
            time = new long[capacity];
            bits = new long[capacity];
            kind = new byte[capacity];
            before = new int[capacity];
        }

        int capacity() {
            return tag.length;
        }

        void grow(int capacity) {
            tag = Arrays.copyOf(tag, capacity);
            time = Arrays.copyOf(time, capacity);
            bits = Arrays.copyOf(bits, capacity);
            kind = Arrays.copyOf(kind, capacity);
            before = Arrays.copyOf(before, capacity);
            if (status != null) status = Arrays.copyOf(status, capacity);
            if (text != null) text = Arrays.copyOf(text, capacity);
        }
    }

    /** Appends the batch in its order. */
    void add(List<Sample> batch) {
        add(batch, null, 0);
    }

    /**
     * Appends the batch in its order; {@code logNumbers[i]} is sample i's number in the tag
     * dictionary of write-ahead segment {@code segment} ({@link
     * org.parkwatch.backend.history.wal.WriteAheadLog#append(List,
     * org.parkwatch.backend.history.wal.BatchMark, int[])}), or {@code logNumbers} is null. With
     * them a tag is looked up by name once a segment, not once a sample.
     */
    void add(List<Sample> batch, int[] logNumbers, long segment) {
        if (grouped != null) throw new IllegalStateException("a sealed set takes no samples");
        if (logNumbers != null && segment != mappedSegment) {
            mappedSegment = segment;
            Arrays.fill(fromLog, 0);
        }
        String tag = null;
        int tagNo = -1, logNo = -1;
        Block b = size == 0 ? null : blocks[(size - 1) >>> SHIFT];
        for (int i = 0, n = batch.size(); i < n; i++) {
            Sample s = batch.get(i);
            if (logNumbers != null) {
                if (logNumbers[i] != logNo) {
                    logNo = logNumbers[i];
                    tagNo = fromLog(logNo, s.tagId());
                }
            } else if (!s.tagId().equals(tag)) { // a batch usually holds runs of one tag
                tag = s.tagId();
                tagNo = number(tag);
            }
            int o = size & MASK;
            if (b == null || o == 0 || o == b.capacity()) b = room();
            b.tag[o] = tagNo;
            b.time[o] = s.sourceTimeMs();
            Object v = s.value();
            byte kind;
            if (v == null) kind = NULL;
            else if (v instanceof Double d) {
                kind = DOUBLE;
                b.bits[o] = Double.doubleToRawLongBits(d);
            } else if (v instanceof Boolean bool) kind = bool ? TRUE : FALSE;
            else {
                kind = TEXT;
                if (b.text == null) b.text = new String[b.capacity()];
                b.text[o] = (String) v;
            }
            b.kind[o] = kind;
            if (s.status() != 0 && b.status == null) b.status = new long[b.capacity()];
            if (b.status != null) b.status[o] = s.status();
            b.before[o] = newest[tagNo];
            newest[tagNo] = size;
            counts[tagNo]++;
            size++;
        }
    }

    /** The number of the tag the log numbered {@code logNo} in the mapped segment. */
    private int fromLog(int logNo, String tag) {
        if (logNo >= fromLog.length)
            fromLog = Arrays.copyOf(fromLog, Math.max(logNo + 1, fromLog.length * 2));
        int t = fromLog[logNo] - 1;
        if (t < 0) {
            t = number(tag);
            fromLog[logNo] = t + 1;
        }
        return t;
    }

    /** The number of {@code tag}, numbered on its first sample. */
    private int number(String tag) {
        int t = index.add(tag);
        if (t == newest.length) {
            newest = Arrays.copyOf(newest, t * 2);
            counts = Arrays.copyOf(counts, t * 2);
        }
        if (counts[t] == 0) newest[t] = -1;
        return t;
    }

    /** The block position {@code size} goes to: a new one, or the first one grown. */
    private Block room() {
        int k = size >>> SHIFT;
        if (k == blockCount) {
            if (k == blocks.length) blocks = Arrays.copyOf(blocks, k * 2);
            blocks[k] = new Block(k == 0 ? FIRST_CAPACITY : BLOCK);
            blockCount++;
        } else if (blocks[k].capacity() == (size & MASK)) {
            blocks[k].grow(Math.min(BLOCK, blocks[k].capacity() * 2));
        }
        return blocks[k];
    }

    int size() {
        return size;
    }

    /** Tags with samples here. */
    int tags() {
        return index.size();
    }

    /** The samples of {@code tag} with source times in [fromMs, toMs), in arrival order. */
    List<Sample> samples(String tag, long fromMs, long toMs) {
        int t = index.indexOf(tag);
        if (t < 0) return List.of();
        List<Sample> out = new ArrayList<>();
        for (int p = newest[t]; p >= 0; p = blocks[p >>> SHIFT].before[p & MASK]) {
            long time = blocks[p >>> SHIFT].time[p & MASK];
            if (time >= fromMs && time < toMs) out.add(sample(tag, p));
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * The sample of {@code tag} in [fromMs, toMs) with the latest source time, of equal times the
     * one that arrived last; null when there is none.
     */
    Sample latest(String tag, long fromMs, long toMs) {
        int t = index.indexOf(tag);
        if (t < 0) return null;
        int best = -1;
        long bestTime = Long.MIN_VALUE;
        for (int p = newest[t]; p >= 0; p = blocks[p >>> SHIFT].before[p & MASK]) {
            long time = blocks[p >>> SHIFT].time[p & MASK];
            // newest first: a later arrival of an equal time was met already
            if (time >= fromMs && time < toMs && (best < 0 || time > bestTime)) {
                best = p;
                bestTime = time;
            }
        }
        return best < 0 ? null : sample(tag, best);
    }

    private Sample sample(String tag, int p) {
        Block b = blocks[p >>> SHIFT];
        int o = p & MASK;
        Object v =
                switch (b.kind[o]) {
                    case DOUBLE -> Double.longBitsToDouble(b.bits[o]);
                    case FALSE -> Boolean.FALSE;
                    case TRUE -> Boolean.TRUE;
                    case TEXT -> b.text[o];
                    default -> null;
                };
        return new Sample(tag, v, b.time[o], b.status == null ? 0 : b.status[o]);
    }

    /**
     * The samples by tag, in the order the tags first arrived, each tag's as {@link TagColumns} in
     * arrival order: the form the commit encodes. Made on the first call, by one counting sort into
     * new columns (the arrival columns stay for queries); call only once the set is sealed.
     */
    Map<String, List<Sample>> byTag() {
        Map<String, List<Sample>> g = grouped;
        if (g == null) {
            synchronized (this) { // a commit retried after a failure must not sort twice at once
                g = grouped;
                if (g == null) grouped = g = group();
            }
        }
        return g;
    }

    private Map<String, List<Sample>> group() {
        int tags = index.size();
        int[] start = new int[tags + 1];
        for (int t = 0; t < tags; t++) start[t + 1] = start[t] + counts[t];
        int[] next = Arrays.copyOf(start, tags);
        long[] times = new long[size], bits = new long[size];
        byte[] kinds = new byte[size];
        long[] status = null;
        String[] texts = null;
        for (int k = 0; k < blockCount; k++) {
            if (blocks[k].status != null && status == null) status = new long[size];
            if (blocks[k].text != null && texts == null) texts = new String[size];
        }
        for (int k = 0; k < blockCount; k++) {
            Block b = blocks[k];
            int n = Math.min(BLOCK, size - (k << SHIFT));
            for (int o = 0; o < n; o++) {
                int d = next[b.tag[o]]++;
                times[d] = b.time[o];
                bits[d] = b.bits[o];
                kinds[d] = b.kind[o];
                if (b.status != null) status[d] = b.status[o];
                if (b.text != null) texts[d] = b.text[o];
            }
        }
        TagColumns[] byNumber = new TagColumns[tags];
        for (int t = 0; t < tags; t++)
            byNumber[t] =
                    new TagColumns(
                            index.tag(t),
                            times,
                            bits,
                            kinds,
                            status,
                            texts,
                            start[t],
                            start[t + 1]);
        return new Grouped(index, byNumber);
    }

    /** {@link #byTag}'s answer: read-only, iterated in tag number order. */
    private static final class Grouped extends AbstractMap<String, List<Sample>> {
        private final TagIndex index;
        private final TagColumns[] byNumber;

        Grouped(TagIndex index, TagColumns[] byNumber) {
            this.index = index;
            this.byNumber = byNumber;
        }

        @Override
        public List<Sample> get(Object key) {
            if (!(key instanceof String tag)) return null;
            int t = index.indexOf(tag);
            return t < 0 || t >= byNumber.length ? null : byNumber[t];
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return byNumber.length;
        }

        @Override
        public Set<Entry<String, List<Sample>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return byNumber.length;
                }

                @Override
                public Iterator<Entry<String, List<Sample>>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < byNumber.length;
                        }

                        @Override
                        public Entry<String, List<Sample>> next() {
                            if (next >= byNumber.length) throw new NoSuchElementException();
                            TagColumns c = byNumber[next++];
                            return new SimpleImmutableEntry<>(c.tagId(), c);
                        }
                    };
                }
            };
        }
    }
}
