package org.parkwatch.backend.linkage;

/**
 * Settings of the linkage package.
 *
 * @param peopleRadiusM sensitive targets and people counted within this distance of the location, m
 * @param maxCameraRangeM cameras are searched within this distance before their own range and cone
 *     are checked, m
 * @param resourceSearchK nearest features of a resource kind examined (features of that kind in
 *     other layers are skipped)
 */
public record LinkageConfig(double peopleRadiusM, double maxCameraRangeM, int resourceSearchK) {
    /**
     * Default radius 1000 m [U]: the default; GB 36894 individual-risk contours of a
     * chlorine store reach a few hundred metres and ERG large-spill isolation for chlorine is 1000
     * m (hazard disposal cards).
     */
    public static final double DEFAULT_PEOPLE_RADIUS_M = 1000;

    /**
     * Longest camera range in the demo park is 300 m; 1000 m leaves room for long-range PTZ
     * cameras. [U]
     */
    public static final double DEFAULT_MAX_CAMERA_RANGE_M = 1000;

    public static final int DEFAULT_RESOURCE_SEARCH_K = 5;

    public LinkageConfig {
        if (!(peopleRadiusM > 0))
            throw new IllegalArgumentException(
                    "peopleRadiusM: must be > 0 (got " + peopleRadiusM + ")");
        if (!(maxCameraRangeM > 0)) {
            throw new IllegalArgumentException(
                    "maxCameraRangeM: must be > 0 (got " + maxCameraRangeM + ")");
        }
        if (resourceSearchK < 1)
            throw new IllegalArgumentException(
                    "resourceSearchK: must be >= 1 (got " + resourceSearchK + ")");
    }

    public static LinkageConfig defaults() {
        return new LinkageConfig(
                DEFAULT_PEOPLE_RADIUS_M, DEFAULT_MAX_CAMERA_RANGE_M, DEFAULT_RESOURCE_SEARCH_K);
    }
}
