package org.parkwatch.backend.gis;

/**
 * Size limits of one GeoJSON import.
 *
 * @param maxBytes largest accepted file, bytes
 * @param maxFeatures most features in one file
 */
public record ImportLimits(long maxBytes, int maxFeatures) {
    /** 50 MB and 200,000 features: a detailed park layer is far below both. */
    public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 200_000);

    /** Most problems listed in one refusal; the rest are counted. */
    public static final int MAX_LISTED_PROBLEMS = 200;
}
