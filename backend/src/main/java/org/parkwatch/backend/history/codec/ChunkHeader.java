package org.parkwatch.backend.history.codec;

/**
 * What a chunk holds, readable without decoding its samples: the number of samples, the first and
 * last source time (epoch ms, both inclusive) and the smallest and largest numeric value (doubles
 * and booleans as 0/1; NaN ignored; both NaN when the chunk has no numeric value). An empty chunk
 * has start = end = 0.
 */
public record ChunkHeader(int count, long startMs, long endMs, double min, double max) {}
