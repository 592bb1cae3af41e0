package org.parkwatch.backend.gis;

/**
 * A stored layer: id, names, where it came from ({@code demo} or {@code import}), the SHA-256 of
 * its source text, its list position, the time of its last change (epoch ms) and its feature count.
 */
public record LayerRecord(
        String id,
        String nameZh,
        String nameEn,
        String source,
        String sourceSha256,
        int sortOrder,
        long updatedMs,
        int featureCount) {}
