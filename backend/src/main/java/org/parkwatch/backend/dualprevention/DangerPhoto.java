package org.parkwatch.backend.dualprevention;

/**
 * A photo attached to a hidden danger: the row holds the reference, the bytes are a file named by
 * their SHA-256 ({@link PhotoStore}).
 *
 * @param stage the life-cycle state when it was attached (e.g. reported: the finding; rectified:
 *     the result)
 */
public record DangerPhoto(
        String hiddenDangerId,
        String sha256,
        String contentType,
        long sizeBytes,
        DangerState stage,
        long uploadedMs,
        String username) {}
