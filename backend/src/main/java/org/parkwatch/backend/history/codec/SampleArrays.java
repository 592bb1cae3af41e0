package org.parkwatch.backend.history.codec;

/**
 * The samples of one tag as primitive columns, indexes [from, to), source times strictly
 * increasing: what {@link ChunkCodec#encode(SampleArrays)} and the rollups read without making a
 * sample object each (issue 13: two temporary objects a sample were a large share of a commit's
 * CPU). {@code kinds} holds {@link ChunkCodec}'s value kinds ({@code KIND_*}); {@code bits} a
 * double's raw IEEE 754 bits where the kind is a double; {@code status} the OPC UA status codes, or
 * null when all are 0 (Good); {@code texts} the text values where the kind is text, or null when
 * there are none. The arrays are read, never written.
 */
public record SampleArrays(
        long[] times, byte[] kinds, long[] bits, long[] status, String[] texts, int from, int to) {

    public int size() {
        return to - from;
    }

    /** Sample {@code i}'s value as a number: doubles as they are, booleans as 0/1, else NaN. */
    public double numeric(int i) {
        return switch (kinds[i]) {
            case ChunkCodec.KIND_DOUBLE -> Double.longBitsToDouble(bits[i]);
            case ChunkCodec.KIND_TRUE -> 1.0;
            case ChunkCodec.KIND_FALSE -> 0.0;
            default -> Double.NaN;
        };
    }

    /** The samples in [lo, hi), same arrays. */
    public SampleArrays slice(int lo, int hi) {
        return new SampleArrays(times, kinds, bits, status, texts, lo, hi);
    }
}
