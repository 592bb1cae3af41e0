package org.parkwatch.backend.history.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class ChunkCodecTest {
    static final String TAG = "E01.TK101.LT";
    static final long T0 = 1_780_000_000_000L;

    static List<Sample> roundTrip(List<Sample> samples) {
        EncodedChunk c = ChunkCodec.encode(samples);
        List<Sample> back = ChunkCodec.decode(TAG, c.payload());
        assertEquals(c.header(), ChunkCodec.header(c.payload()));
        return back;
    }

    /**
     * Records compare Double values with equals(), which is bit-exact up to NaN canonicalisation;
     * check raw bits.
     */
    static void assertSameSamples(List<Sample> expected, List<Sample> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Sample e = expected.get(i), a = actual.get(i);
            assertEquals(e, a, "sample " + i);
            if (e.value() instanceof Double d) {
                assertEquals(
                        Double.doubleToRawLongBits(d),
                        Double.doubleToRawLongBits((Double) a.value()),
                        "bits " + i);
            }
        }
    }

    @Test
    void everyValueClassSurvivesTheRoundTrip() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, 25.13, T0),
                        new Sample(TAG, true, T0 + 1000, 0),
                        new Sample(TAG, false, T0 + 2000, 0),
                        new Sample(TAG, "OPEN", T0 + 3000, 0),
                        new Sample(TAG, "关闭", T0 + 4000, 0),
                        new Sample(TAG, "", T0 + 4500, 0),
                        new Sample(TAG, null, T0 + 5000, Sample.BAD_NO_COMMUNICATION),
                        new Sample(TAG, "OPEN", T0 + 6000, 0x40000000L),
                        Sample.of(TAG, -7.5, T0 + 7001));
        assertSameSamples(in, roundTrip(in));
    }

    @Test
    void specialDoublesAreKeptBitForBit() {
        double quietNanWithPayload = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        List<Sample> in = new ArrayList<>();
        double[] values = {
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            -0.0,
            0.0,
            quietNanWithPayload,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            1.0
        };
        for (int i = 0; i < values.length; i++) in.add(Sample.of(TAG, values[i], T0 + i * 1000L));
        assertSameSamples(in, roundTrip(in));
        ChunkHeader h = ChunkCodec.encode(in).header();
        assertEquals(Double.NEGATIVE_INFINITY, h.min());
        assertEquals(Double.POSITIVE_INFINITY, h.max());
    }

    @Test
    void decimalValuesWithDriftAndNoiseRoundTrip() {
        Random rnd = new Random(7);
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 3600; i++) {
            double v = Math.round((20 + i * 0.001 + rnd.nextGaussian() * 0.05) * 100) / 100.0;
            in.add(Sample.of(TAG, v, T0 + i * 1000L));
        }
        assertSameSamples(in, roundTrip(in));
        assertEquals(2, FloatColumn.decimalScale(new double[] {25.13, 1.5, -3}, 3));
    }

    @Test
    void whiteNoiseRoundTripsThroughXor() {
        Random rnd = new Random(11);
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 2000; i++)
            in.add(Sample.of(TAG, rnd.nextGaussian(), T0 + i * 1000L + rnd.nextInt(5)));
        assertEquals(
                -1,
                FloatColumn.decimalScale(
                        in.stream().mapToDouble(Sample::numeric).toArray(), in.size()));
        assertSameSamples(in, roundTrip(in));
    }

    @Test
    void irregularAndFarApartTimestampsRoundTrip() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, 1, Long.MIN_VALUE / 2),
                        Sample.of(TAG, 2, -5),
                        Sample.of(TAG, 3, 0),
                        Sample.of(TAG, 4, 1),
                        Sample.of(TAG, 5, T0),
                        Sample.of(TAG, 6, Long.MAX_VALUE / 2));
        assertSameSamples(in, roundTrip(in));
    }

    @Test
    void outOfOrderSamplesComeBackSortedByTime() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, 3, T0 + 3000),
                        Sample.of(TAG, 1, T0 + 1000),
                        Sample.of(TAG, 2, T0 + 2000));
        assertEquals(
                List.of(
                        Sample.of(TAG, 1, T0 + 1000),
                        Sample.of(TAG, 2, T0 + 2000),
                        Sample.of(TAG, 3, T0 + 3000)),
                roundTrip(in));
    }

    @Test
    void duplicateTimestampsKeepTheSampleGivenLast() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, 1, T0),
                        Sample.of(TAG, 2, T0 + 1000),
                        Sample.of(TAG, 9, T0),
                        new Sample(TAG, "again", T0 + 1000, 0));
        List<Sample> back = roundTrip(in);
        assertEquals(List.of(Sample.of(TAG, 9, T0), new Sample(TAG, "again", T0 + 1000, 0)), back);
        assertEquals(2, ChunkCodec.encode(in).header().count());
    }

    @Test
    void emptyAndSingleSampleChunks() {
        assertEquals(List.of(), roundTrip(List.of()));
        assertEquals(
                new ChunkHeader(0, 0, 0, Double.NaN, Double.NaN),
                ChunkCodec.encode(List.of()).header());
        List<Sample> one = List.of(new Sample(TAG, 4.25, T0, 7));
        assertEquals(one, roundTrip(one));
        assertEquals(new ChunkHeader(1, T0, T0, 4.25, 4.25), ChunkCodec.encode(one).header());
    }

    @Test
    void headerIgnoresNanAndCountsBooleansAsNumbers() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, Double.NaN, T0),
                        new Sample(TAG, true, T0 + 1, 0),
                        Sample.of(TAG, 0.5, T0 + 2),
                        new Sample(TAG, "x", T0 + 3, 0));
        assertEquals(new ChunkHeader(4, T0, T0 + 3, 0.5, 1.0), ChunkCodec.encode(in).header());
        List<Sample> text = List.of(new Sample(TAG, "x", T0, 0));
        assertTrue(Double.isNaN(ChunkCodec.encode(text).header().min()));
    }

    @Test
    void everySingleBitFlipIsRefused() {
        List<Sample> in =
                List.of(
                        Sample.of(TAG, 1.25, T0),
                        new Sample(TAG, "OPEN", T0 + 1000, 0),
                        Sample.of(TAG, 1.5, T0 + 2000));
        byte[] good = ChunkCodec.encode(in).payload();
        for (int bit = 0; bit < good.length * 8; bit++) {
            byte[] bad = good.clone();
            bad[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            assertThrows(
                    CorruptChunkException.class, () -> ChunkCodec.decode(TAG, bad), "bit " + bit);
        }
    }

    @Test
    void truncatedPayloadsAndOtherVersionsAreRefusedWithAReason() {
        byte[] good =
                ChunkCodec.encode(List.of(Sample.of(TAG, 1, T0), Sample.of(TAG, 2, T0 + 1)))
                        .payload();
        for (int len = 0; len < good.length; len++) {
            byte[] cut = Arrays.copyOf(good, len);
            assertThrows(
                    CorruptChunkException.class,
                    () -> ChunkCodec.decode(TAG, cut),
                    "length " + len);
        }
        assertTrue(
                assertThrows(CorruptChunkException.class, () -> ChunkCodec.decode(TAG, null))
                        .getMessage()
                        .contains("shorter than any chunk"));
        byte[] v4 = ChunkCodec.encode(List.of(Sample.of(TAG, 1, T0))).payload();
        v4[0] = 4;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(v4, 0, v4.length - 4);
        java.nio.ByteBuffer.wrap(v4, v4.length - 4, 4).putInt((int) crc.getValue());
        CorruptChunkException e =
                assertThrows(CorruptChunkException.class, () -> ChunkCodec.decode(TAG, v4));
        assertEquals(
                "corrupt history chunk: format version 4, this build reads 1 to 3", e.getMessage());
    }

    /** A payload written by format version 1 (the first release's encoder), still read. */
    @Test
    void formatVersion1PayloadsAreStillRead() {
        byte[] v1 =
                java.util.HexFormat.of()
                        .parseHex(
                                "01050000018bcfe568000000018bcfe577a03ff00000000000004035000000000000"
                                        + "c7d107612e080204060208020202060007010101001002000207e008029900"
                                        + "81a92aa70080008016ba1130");
        long t0 = 1_700_000_000_000L;
        assertEquals(
                List.of(
                        Sample.of("V1", 20.5, t0),
                        Sample.of("V1", 20.75, t0 + 1000),
                        new Sample("V1", true, t0 + 2003, 0),
                        new Sample("V1", "RUN", t0 + 2990, 0x80000000L),
                        Sample.of("V1", 21.0, t0 + 4000)),
                ChunkCodec.decode("V1", v1));
        assertEquals(
                new Sample("V1", true, t0 + 2003, 0),
                ChunkCodec.lastAtOrBefore("V1", v1, t0 + 2500));
    }

    /** A payload written by format version 2 (end, min and max in the payload), still read. */
    @Test
    void formatVersion2PayloadsAreStillRead() {
        byte[] v2 =
                java.util.HexFormat.of()
                        .parseHex(
                                "02050000018bcfe568000000018bcfe577a03ff00000000000004035000000000000"
                                        + "2863e883b097040102030104010101030003808080800801000103f0040"
                                        + "14c8040d49553804000402679ba55");
        long t0 = 1_700_000_000_000L;
        List<Sample> expected =
                List.of(
                        Sample.of("V2", 20.5, t0),
                        Sample.of("V2", 20.75, t0 + 1000),
                        new Sample("V2", true, t0 + 2003, 0),
                        new Sample("V2", "RUN", t0 + 2990, 0x80000000L),
                        Sample.of("V2", 21.0, t0 + 4000));
        assertEquals(expected, ChunkCodec.decode("V2", v2));
        assertEquals(new ChunkHeader(5, t0, t0 + 4000, 1.0, 21.0), ChunkCodec.header(v2));
        assertEquals(
                new Sample("V2", true, t0 + 2003, 0),
                ChunkCodec.lastAtOrBefore("V2", v2, t0 + 2500));
        byte[] v3 = ChunkCodec.encode(expected).payload();
        assertEquals(v2.length - 24, v3.length, "format 3 leaves end, min and max to the row");
        assertEquals(ChunkCodec.header(v2), ChunkCodec.header(v3));
    }

    /**
     * Source timestamps jittering by ±5 ms around a 1 s poll (a polled PLC) are kept exactly and
     * cost well under the delta-of-delta's 8 bits a sample; gaps keep the grid's phase.
     */
    @Test
    void jitteredTimestampsRoundTripInFewBits() {
        java.util.Random rnd = new java.util.Random(7);
        List<Sample> in = new ArrayList<>();
        long t = T0;
        for (int i = 0; i < 3600; i++) {
            t += i == 1000 ? 60_000 : 1000; // a one-minute gap
            in.add(Sample.of(TAG, 5.0, t + rnd.nextInt(11) - 5));
        }
        byte[] payload = ChunkCodec.encode(in).payload();
        assertEquals(in, ChunkCodec.decode(TAG, payload));
        double bitsPerSample = payload.length * 8.0 / in.size();
        assertTrue(bitsPerSample < 5.5, bitsPerSample + " bits a sample");
        for (int k = 0; k < in.size(); k += 97) {
            Sample s = in.get(k);
            assertEquals(s, ChunkCodec.lastAtOrBefore(TAG, payload, s.sourceTimeMs()));
            assertEquals(s, ChunkCodec.lastAtOrBefore(TAG, payload, s.sourceTimeMs() + 980 - 11));
        }
        // irregular, report-by-exception times: the cheaper delta-of-delta mode, still exact
        List<Sample> irregular = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            t += 1 + rnd.nextInt(5_000_000);
            irregular.add(Sample.of(TAG, i, t));
        }
        assertEquals(irregular, ChunkCodec.decode(TAG, ChunkCodec.encode(irregular).payload()));
    }

    @Test
    void lastAtOrBeforeAgreesWithTheFullDecodeAtEveryInstant() {
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long t = T0 + i * 1000L;
            Object v =
                    switch (i % 7) {
                        case 0 -> "S" + (i % 3);
                        case 1 -> i % 2 == 0;
                        case 2 -> null;
                        default -> i * 0.25;
                    };
            in.add(new Sample(TAG, v, t, i % 11 == 0 ? Sample.BAD_NO_COMMUNICATION : 0));
        }
        byte[] p = ChunkCodec.encode(in).payload();
        assertEquals(null, ChunkCodec.lastAtOrBefore(TAG, p, T0 - 1));
        for (long at = T0; at < T0 + 301_000; at += 500) {
            int expected = (int) Math.min(299, (at - T0) / 1000);
            assertEquals(
                    in.get(expected), ChunkCodec.lastAtOrBefore(TAG, p, at), "at " + (at - T0));
        }
    }

    @Test
    void aChunkHoldsOneTag() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ChunkCodec.encode(List.of(Sample.of("A", 1, T0), Sample.of("B", 1, T0 + 1))));
    }

    @Test
    void steadySignalsCostAboutOneBitPerSampleAndField() {
        List<Sample> flat = new ArrayList<>();
        for (int i = 0; i < 3600; i++) flat.add(Sample.of(TAG, 1.0, T0 + i * 1000L));
        // 3,600 samples: timestamps 1 bit, values 1 bit each after the first; kinds and status one
        // run each
        byte[] p = ChunkCodec.encode(flat).payload();
        assertTrue(p.length < 3600 * 2 / 8 + 64, p.length + " bytes");
        assertArrayEquals(p, ChunkCodec.encode(roundTrip(flat)).payload());
    }
}
