package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.SampleArrays;
import org.parkwatch.model.uplink.Sample;

class TagColumnsTest {
    static final String TAG = "E01.TK101.LT";
    static final long T0 = 1_780_000_200_000L;

    static List<Sample> mixed() {
        List<Sample> in = new ArrayList<>();
        in.add(Sample.of(TAG, 25.13, T0 + 3_000));
        in.add(new Sample(TAG, "OPEN", T0 + 1_000, 0));
        in.add(new Sample(TAG, true, T0 + 2_000, 0x40000000L));
        in.add(Sample.of(TAG, 7.0, T0 + 1_000)); // same time as OPEN, given later: kept
        in.add(new Sample(TAG, null, T0 + 4_000, Sample.BAD_NO_COMMUNICATION));
        in.add(Sample.of(TAG, Double.NaN, T0 + 5_000));
        return in;
    }

    /**
     * {@code in}'s samples as the commit gets them: through a set of open columns, between the
     * samples of another tag, then grouped by tag.
     */
    static TagColumns columns(List<Sample> in) {
        OpenColumns open = new OpenColumns();
        for (Sample s : in) {
            open.add(List.of(Sample.of("OTHER", 1.0, s.sourceTimeMs())));
            open.add(List.of(s));
        }
        return (TagColumns) open.byTag().get(TAG);
    }

    @Test
    void columnsEncodeToTheBytesOfTheSamples() {
        List<Sample> in = mixed();
        TagColumns cols = columns(in);
        SampleArrays sorted = cols.sorted();
        assertEquals(5, sorted.size());
        assertArrayEquals(ChunkCodec.encode(in).payload(), ChunkCodec.encode(sorted).payload());
        assertEquals(ChunkCodec.encode(in).header(), ChunkCodec.encode(sorted).header());
        assertEquals(
                ChunkCodec.normalise(in),
                ChunkCodec.decode(TAG, ChunkCodec.encode(sorted).payload()));
        // the columns themselves are left as they arrived (queries read them meanwhile)
        assertEquals(in, cols);
    }

    @Test
    void rollupsFromColumnsEqualRollupsFromSamples() {
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Object v = i % 7 == 0 ? Boolean.valueOf(i % 2 == 0) : i % 11 == 0 ? "x" : i * 0.5;
            in.add(new Sample(TAG, v, T0 + i * 1_000L, 0));
        }
        TagColumns cols = columns(in);
        assertEquals(
                RollupBuckets.of(RollupTier.MINUTE, in),
                RollupBuckets.of(RollupTier.MINUTE, cols.sorted()));
    }

    @Test
    void columnsCrossingAWindowEdgeSplitIntoOneChunkAWindow() {
        long edge = ChunkRepository.windowOf(T0) + ChunkRepository.WINDOW_MS;
        List<Sample> in = new ArrayList<>();
        for (long t = edge - 3_000; t < edge + 3_000; t += 1_000) in.add(Sample.of(TAG, 1.0, t));
        TagColumns cols = columns(in);
        List<SampleArrays> w = ChunkRepository.byWindow(cols.sorted());
        assertEquals(2, w.size());
        assertEquals(3, w.get(0).size());
        assertEquals(edge, w.get(1).times()[w.get(1).from()]);
    }
}
