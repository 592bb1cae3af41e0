package org.parkwatch.backend.history.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.parkwatch.model.uplink.Sample;

/**
 * Encodes the samples of one tag into a compact, self-checking chunk and back. Layout (bit stream,
 * most significant bit first): format version byte; sample count; if not empty, the start time (64
 * bits; format versions 1 and 2 also carried end time, min and max, which the chunk's row holds
 * anyway: 24 bytes a chunk, 0.04 bytes a sample at 600 samples a chunk); timestamps as
 * delta-of-delta in prefix-coded buckets (Gorilla, VLDB 2015, section 4.1.1: a steady period costs
 * one bit a sample); value kinds (null, double, false, true, text) run-length coded; status codes
 * run-length coded; the doubles ({@link FloatColumn}); text values as a dictionary plus run-length
 * coded indexes; then a CRC-32 of everything before it (4 bytes, big-endian).
 *
 * <p><b>Order and duplicates</b>: a chunk holds a time series, so {@link #encode} sorts the samples
 * by source time (stable) and keeps one sample a timestamp: the one given last, as a repeated
 * report of the same instant replaces the earlier one. {@link #decode} therefore returns strictly
 * increasing timestamps.
 */
public final class ChunkCodec {
    /** Format version written into every payload; a payload of another version is refused. */
    public static final int FORMAT_VERSION = 3;

    /**
     * Version 1 (still read): timestamps always delta-of-delta, no section length. Version 2 (still
     * read): the bit length of the timestamp section, then {@link TimeColumn}. Version 3: as 2,
     * without end time, min and max in the payload.
     */
    static final int FORMAT_V1 = 1;

    static final int FORMAT_V2 = 2;

    /**
     * Most samples one chunk may hold (a bound for decoding untrusted bytes as much as for memory).
     */
    public static final int MAX_SAMPLES = 1 << 20;

    /** Value kinds as stored (and as {@link SampleArrays#kinds()} holds them). */
    public static final byte KIND_NULL = 0,
            KIND_DOUBLE = 1,
            KIND_FALSE = 2,
            KIND_TRUE = 3,
            KIND_TEXT = 4;

    private ChunkCodec() {}

    /**
     * Sorted by source time, one sample a timestamp (the last given wins); see the class comment.
     */
    public static List<Sample> normalise(List<Sample> samples) {
        boolean sorted = true;
        for (int i = 1; i < samples.size() && sorted; i++) {
            sorted = samples.get(i).sourceTimeMs() > samples.get(i - 1).sourceTimeMs();
        }
        if (sorted) return samples;
        TreeMap<Long, Sample> byTime = new TreeMap<>();
        for (Sample s : samples) byTime.put(s.sourceTimeMs(), s);
        return new ArrayList<>(byTime.values());
    }

    /** Encodes {@code samples}, all of one tag, after {@link #normalise}. */
    public static EncodedChunk encode(List<Sample> samples) {
        List<Sample> s = normalise(samples);
        int n = s.size();
        if (n > MAX_SAMPLES)
            throw new IllegalArgumentException(n + " samples exceed a chunk's " + MAX_SAMPLES);
        long[] times = new long[n];
        byte[] kinds = new byte[n];
        long[] bits = new long[n];
        long[] status = null;
        String[] texts = null;
        for (int i = 0; i < n; i++) {
            Sample x = s.get(i);
            if (!x.tagId().equals(s.get(0).tagId())) {
                throw new IllegalArgumentException(
                        "a chunk holds one tag: " + s.get(0).tagId() + " and " + x.tagId());
            }
            times[i] = x.sourceTimeMs();
            Object v = x.value();
            if (v == null) kinds[i] = KIND_NULL;
            else if (v instanceof Double d) {
                kinds[i] = KIND_DOUBLE;
                bits[i] = Double.doubleToRawLongBits(d);
            } else if (v instanceof Boolean b) kinds[i] = b ? KIND_TRUE : KIND_FALSE;
            else {
                kinds[i] = KIND_TEXT;
                if (texts == null) texts = new String[n];
                texts[i] = (String) v;
            }
            if (x.status() != 0) {
                if (status == null) status = new long[n];
                status[i] = x.status();
            }
        }
        return encode(new SampleArrays(times, kinds, bits, status, texts, 0, n));
    }

    /**
     * Encodes the samples of {@code a}, whose times must be strictly increasing (no sample objects
     * made: the history writer's commit encodes its open columns this way).
     */
    public static EncodedChunk encode(SampleArrays a) {
        int n = a.size();
        if (n > MAX_SAMPLES)
            throw new IllegalArgumentException(n + " samples exceed a chunk's " + MAX_SAMPLES);
        long[] t = a.times();
        for (int i = a.from() + 1; i < a.to(); i++) {
            if (t[i] <= t[i - 1])
                throw new IllegalArgumentException("times not strictly increasing at " + t[i]);
        }
        ChunkHeader header = headerOf(a);
        // about 2 bytes a sample for realistic signals, 9 for white noise: start at 4
        BitOutput out = new BitOutput(16 + 4 * n);
        out.bits(FORMAT_VERSION, 8);
        out.varLong(n);
        if (n > 0) {
            out.bits(header.startMs(), 64);
            writeBody(out, a);
        }
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] payload = Arrays.copyOf(body, body.length + 4);
        int c = (int) crc.getValue();
        payload[body.length] = (byte) (c >>> 24);
        payload[body.length + 1] = (byte) (c >>> 16);
        payload[body.length + 2] = (byte) (c >>> 8);
        payload[body.length + 3] = (byte) c;
        return new EncodedChunk(header, payload);
    }

    private static void writeBody(BitOutput out, SampleArrays a) {
        int n = a.size(), from = a.from();
        if (n > 1) {
            long[] times = Arrays.copyOfRange(a.times(), from, a.to());
            BitOutput section = new BitOutput(16 + n / 4);
            TimeColumn.write(section, times, n);
            out.varLong(section.bitLength());
            out.append(section);
        }
        long[] kinds = new long[n];
        long[] status = new long[n];
        double[] doubles = new double[n];
        int nd = 0;
        Map<String, Integer> dictionary = null;
        List<String> words = new ArrayList<>();
        long[] textIndex = null;
        int nt = 0;
        byte[] k = a.kinds();
        long[] bits = a.bits(), st = a.status();
        for (int i = 0; i < n; i++) {
            int j = from + i;
            byte kind = k[j];
            kinds[i] = kind;
            if (st != null) status[i] = st[j];
            if (kind == KIND_DOUBLE) doubles[nd++] = Double.longBitsToDouble(bits[j]);
            else if (kind == KIND_TEXT) {
                if (dictionary == null) {
                    dictionary = new HashMap<>();
                    textIndex = new long[n];
                }
                textIndex[nt++] =
                        dictionary.computeIfAbsent(
                                a.texts()[j],
                                w -> {
                                    words.add(w);
                                    return words.size() - 1;
                                });
            } else if (kind < KIND_NULL || kind > KIND_TEXT) {
                throw new IllegalArgumentException("unknown value kind " + kind);
            }
        }
        RunLengths.write(out, kinds, n);
        RunLengths.write(out, status, n);
        FloatColumn.write(out, doubles, nd);
        out.varLong(words.size());
        for (String w : words) {
            byte[] utf8 = w.getBytes(StandardCharsets.UTF_8);
            out.varLong(utf8.length);
            for (byte b : utf8) out.bits(b, 8);
        }
        if (nt > 0) RunLengths.write(out, textIndex, nt);
        else RunLengths.write(out, new long[0], 0);
    }

    /**
     * The header of a payload, after checking its CRC and version (from format version 3 on, by
     * decoding it).
     */
    public static ChunkHeader header(byte[] payload) {
        BitInput in = open(payload);
        if ((payload[0] & 0xFF) == FORMAT_VERSION) return headerOf(decode("header", payload));
        int n = in.count(MAX_SAMPLES, "sample count");
        if (n == 0) return new ChunkHeader(0, 0, 0, Double.NaN, Double.NaN);
        return new ChunkHeader(
                n,
                in.bits(64),
                in.bits(64),
                Double.longBitsToDouble(in.bits(64)),
                Double.longBitsToDouble(in.bits(64)));
    }

    /**
     * The samples of a payload written by {@link #encode}, as {@code tagId}'s; refuses a corrupt
     * payload.
     */
    public static List<Sample> decode(String tagId, byte[] payload) {
        ChunkColumns c = columns(payload);
        List<Sample> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) out.add(c.sample(tagId, i));
        return out;
    }

    /** The payload decoded into columns (no sample objects); refuses a corrupt payload. */
    public static ChunkColumns columns(byte[] payload) {
        BitInput in = open(payload);
        int n = in.count(MAX_SAMPLES, "sample count");
        if (n == 0) {
            finish(in, payload);
            return new ChunkColumns(new long[0], new Object[0], new long[0]);
        }
        long start = in.bits(64);
        skipOldHeader(in, payload);
        long[] times = new long[n];
        times[0] = start;
        readTimes(in, payload, times, n, Long.MAX_VALUE);
        long[] kinds = RunLengths.read(in, n, "value kinds");
        long[] status = RunLengths.read(in, n, "status codes");
        int nd = 0, nt = 0;
        for (long k : kinds) {
            if (k == KIND_DOUBLE) nd++;
            else if (k == KIND_TEXT) nt++;
            else if (k < 0 || k > KIND_TEXT)
                throw new CorruptChunkException("unknown value kind " + k);
        }
        double[] doubles = FloatColumn.read(in, nd);
        String[] words = new String[in.count(nt, "dictionary size")];
        for (int i = 0; i < words.length; i++) {
            byte[] utf8 = new byte[in.count(payload.length, "text length")];
            for (int j = 0; j < utf8.length; j++) utf8[j] = (byte) in.bits(8);
            words[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        long[] textIndex = RunLengths.read(in, nt, "text indexes");
        finish(in, payload);
        Object[] values = new Object[n];
        int di = 0, ti = 0;
        for (int i = 0; i < n; i++) {
            values[i] =
                    switch ((int) kinds[i]) {
                        case KIND_DOUBLE -> doubles[di++];
                        case KIND_FALSE -> Boolean.FALSE;
                        case KIND_TRUE -> Boolean.TRUE;
                        case KIND_TEXT -> word(words, textIndex[ti++]);
                        default -> null;
                    };
        }
        return new ChunkColumns(times, values, status);
    }

    /**
     * The latest sample at or before {@code atMs}, or null: decodes the times and codes, but the
     * doubles only up to that sample (what a value-at query over many tags needs). The CRC is
     * checked as in {@link #decode}.
     */
    public static Sample lastAtOrBefore(String tagId, byte[] payload, long atMs) {
        BitInput in = open(payload);
        int n = in.count(MAX_SAMPLES, "sample count");
        if (n == 0) return null;
        long time = in.bits(64);
        skipOldHeader(in, payload);
        if (time > atMs) return null;
        long[] times = new long[n];
        times[0] = time;
        int decoded = readTimes(in, payload, times, n, atMs);
        int index = 0;
        for (int i = 1; i < decoded; i++) if (times[i] <= atMs) index = i;
        long found = times[index];
        RunLengths.Runs kinds = RunLengths.runs(in, n, "value kinds");
        RunLengths.Runs status = RunLengths.runs(in, n, "status codes");
        long kind = kinds.at(index);
        Object value =
                switch ((int) kind) {
                    case KIND_DOUBLE ->
                            FloatColumn.last(
                                    in,
                                    kinds.countBefore(KIND_DOUBLE, n),
                                    kinds.countBefore(KIND_DOUBLE, index) + 1);
                    case KIND_FALSE -> Boolean.FALSE;
                    case KIND_TRUE -> Boolean.TRUE;
                    case KIND_TEXT, KIND_NULL -> null;
                    default -> throw new CorruptChunkException("unknown value kind " + kind);
                };
        if (kind == KIND_TEXT) {
            ChunkColumns all = columns(payload); // text: the dictionary follows every double
            return all.sample(tagId, all.lastAtOrBefore(atMs));
        }
        return new Sample(tagId, value, found, status.at(index));
    }

    /**
     * Fills times[1..n-1]; from format version 2 on it may stop after the first time past {@code
     * stopAfterMs} (the stream is then moved past the whole section). Returns how many are filled.
     */
    private static int readTimes(
            BitInput in, byte[] payload, long[] times, int n, long stopAfterMs) {
        if (n < 2) return n;
        if ((payload[0] & 0xFF) == FORMAT_V1) {
            long delta = 0;
            for (int i = 1; i < n; i++) {
                delta += in.signed();
                times[i] = times[i - 1] + delta;
            }
            return n;
        }
        long length = in.varLong();
        long start = in.position();
        int decoded = TimeColumn.read(in, times, n, stopAfterMs);
        if (decoded == n && in.position() != start + length)
            throw new CorruptChunkException("timestamp section length does not match");
        in.seek(start + length);
        return decoded;
    }

    /** Formats 1 and 2: end, min and max (the header, not needed to decode). */
    private static void skipOldHeader(BitInput in, byte[] payload) {
        if ((payload[0] & 0xFF) != FORMAT_VERSION) in.advance(3 * 64);
    }

    private static String word(String[] words, long index) {
        if (index < 0 || index >= words.length)
            throw new CorruptChunkException("text index " + index + " out of range");
        return words[(int) index];
    }

    private static void finish(BitInput in, byte[] payload) {
        if (in.bytePosition() != payload.length - 4) {
            throw new CorruptChunkException(
                    (payload.length - 4 - in.bytePosition()) + " unread bytes after the samples");
        }
    }

    private static BitInput open(byte[] payload) {
        if (payload == null || payload.length < 6) {
            throw new CorruptChunkException(
                    (payload == null ? 0 : payload.length) + " bytes is shorter than any chunk");
        }
        CRC32 crc = new CRC32();
        crc.update(payload, 0, payload.length - 4);
        int stored = ByteBuffer.wrap(payload, payload.length - 4, 4).getInt();
        if (stored != (int) crc.getValue()) throw new CorruptChunkException("CRC-32 mismatch");
        int version = payload[0] & 0xFF;
        if (version != FORMAT_VERSION && version != FORMAT_V1 && version != FORMAT_V2) {
            throw new CorruptChunkException(
                    "format version "
                            + (payload[0] & 0xFF)
                            + ", this build reads "
                            + FORMAT_V1
                            + " to "
                            + FORMAT_VERSION);
        }
        return new BitInput(payload, 1, payload.length - 5);
    }

    static ChunkHeader headerOf(SampleArrays a) {
        if (a.size() == 0) return new ChunkHeader(0, 0, 0, Double.NaN, Double.NaN);
        double min = Double.NaN, max = Double.NaN;
        for (int i = a.from(); i < a.to(); i++) {
            double v = a.numeric(i);
            if (Double.isNaN(v)) continue;
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
        }
        return new ChunkHeader(a.size(), a.times()[a.from()], a.times()[a.to() - 1], min, max);
    }

    static ChunkHeader headerOf(List<Sample> s) {
        if (s.isEmpty()) return new ChunkHeader(0, 0, 0, Double.NaN, Double.NaN);
        double min = Double.NaN, max = Double.NaN;
        for (Sample x : s) {
            double v = x.numeric();
            if (Double.isNaN(v)) continue;
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
        }
        return new ChunkHeader(
                s.size(), s.get(0).sourceTimeMs(), s.get(s.size() - 1).sourceTimeMs(), min, max);
    }
}
