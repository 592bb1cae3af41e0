package org.parkwatch.backend.history.codec;

/**
 * A chunk as stored: its header (also kept in table columns for range queries) and the
 * self-checking payload.
 */
public record EncodedChunk(ChunkHeader header, byte[] payload) {}
