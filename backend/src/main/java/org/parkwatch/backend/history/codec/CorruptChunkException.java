package org.parkwatch.backend.history.codec;

/**
 * A chunk payload that fails its checksum, has an unknown format version or does not decode
 * consistently.
 */
public final class CorruptChunkException extends RuntimeException {
    public CorruptChunkException(String message) {
        super("corrupt history chunk: " + message);
    }
}
