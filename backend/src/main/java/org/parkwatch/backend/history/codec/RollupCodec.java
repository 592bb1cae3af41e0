package org.parkwatch.backend.history.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Encodes a run of rollup buckets (strictly increasing start times) of one tag and tier: format
 * version byte, bucket count, start times as delta-of-delta, counts as deltas,
 * min/max/sum/first/last as {@link FloatColumn}s, first and last times as offsets from the bucket
 * start, then a CRC-32. Refuses corrupt payloads like {@link ChunkCodec}.
 */
public final class RollupCodec {
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_BUCKETS = 1 << 16;

    private RollupCodec() {}

    public static byte[] encode(List<RollupBucket> buckets) {
        int n = buckets.size();
        if (n > MAX_BUCKETS)
            throw new IllegalArgumentException(n + " buckets exceed " + MAX_BUCKETS);
        BitOutput out = new BitOutput(16 + 48 * n); // about 40 bytes a bucket at most
        out.bits(FORMAT_VERSION, 8);
        out.varLong(n);
        long prevStart = 0, prevDelta = 0, prevCount = 0;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            RollupBucket b = buckets.get(i);
            if (i > 0 && b.startMs() <= prevStart)
                throw new IllegalArgumentException("bucket starts must increase");
            long delta = b.startMs() - prevStart;
            out.signed(i == 0 ? b.startMs() : delta - prevDelta);
            if (i > 0) prevDelta = delta;
            prevStart = b.startMs();
            out.signed(b.count() - prevCount);
            prevCount = b.count();
            out.signed(b.firstMs() - b.startMs());
            out.signed(b.lastMs() - b.startMs());
            cols[0][i] = b.min();
            cols[1][i] = b.max();
            cols[2][i] = b.sum();
            cols[3][i] = b.first();
            cols[4][i] = b.last();
        }
        for (double[] col : cols) FloatColumn.write(out, col, n);
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array();
    }

    public static List<RollupBucket> decode(byte[] payload) {
        if (payload == null || payload.length < 6)
            throw new CorruptChunkException("rollup payload too short");
        CRC32 crc = new CRC32();
        crc.update(payload, 0, payload.length - 4);
        if (ByteBuffer.wrap(payload, payload.length - 4, 4).getInt() != (int) crc.getValue()) {
            throw new CorruptChunkException("rollup CRC-32 mismatch");
        }
        if ((payload[0] & 0xFF) != FORMAT_VERSION) {
            throw new CorruptChunkException(
                    "rollup format version "
                            + (payload[0] & 0xFF)
                            + ", this build reads "
                            + FORMAT_VERSION);
        }
        BitInput in = new BitInput(payload, 1, payload.length - 5);
        int n = in.count(MAX_BUCKETS, "bucket count");
        long[] start = new long[n],
                count = new long[n],
                firstMs = new long[n],
                lastMs = new long[n];
        long prevDelta = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0) start[i] = in.signed();
            else {
                prevDelta = (i == 1 ? 0 : prevDelta) + in.signed();
                start[i] = start[i - 1] + prevDelta;
            }
            count[i] = (i == 0 ? 0 : count[i - 1]) + in.signed();
            firstMs[i] = start[i] + in.signed();
            lastMs[i] = start[i] + in.signed();
        }
        double[][] cols = new double[5][];
        for (int k = 0; k < 5; k++) cols[k] = FloatColumn.read(in, n);
        if (in.bytePosition() != payload.length - 4)
            throw new CorruptChunkException("unread bytes after the buckets");
        List<RollupBucket> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(
                    new RollupBucket(
                            start[i],
                            count[i],
                            cols[0][i],
                            cols[1][i],
                            cols[2][i],
                            firstMs[i],
                            cols[3][i],
                            lastMs[i],
                            cols[4][i]));
        }
        return out;
    }
}
