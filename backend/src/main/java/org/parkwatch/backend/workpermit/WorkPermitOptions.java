package org.parkwatch.backend.workpermit;

import java.time.ZoneId;
import java.util.function.Function;

/**
 * The work-permit capability's settings.
 *
 * @param gasNearM a gas-detector alarm within this distance of active hot or confined-space work
 *     raises the critical cross-check alarm, m ({@value #GAS_NEAR_KEY}, default 30, [U] working
 *     value)
 * @param cameraSearchM when no camera's view covers a place, the nearest camera within this
 *     distance is offered, m ({@value #CAMERA_SEARCH_KEY}, default 300, [U])
 * @param zone the park's time zone (days of the statistics, CSV times)
 * @param crossCheck whether gas alarms are checked against the permits ({@value #CROSS_CHECK_KEY},
 *     default true; false only to measure what the check costs)
 */
public record WorkPermitOptions(
        double gasNearM, double cameraSearchM, ZoneId zone, boolean crossCheck) {
    public static final String GAS_NEAR_KEY = "workpermit.gasNearM";
    public static final String CROSS_CHECK_KEY = "workpermit.crossCheck";
    public static final String CAMERA_SEARCH_KEY = "workpermit.cameraSearchM";
    public static final double DEFAULT_GAS_NEAR_M = 30;
    public static final double DEFAULT_CAMERA_SEARCH_M = 300;
    public static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");

    public static WorkPermitOptions defaults() {
        return new WorkPermitOptions(DEFAULT_GAS_NEAR_M, DEFAULT_CAMERA_SEARCH_M, PARK_ZONE, true);
    }

    /**
     * @throws IllegalArgumentException naming the key and its value when it is not a distance in
     *     (0, 5000] m
     */
    public static WorkPermitOptions from(Function<String, String> props) {
        return new WorkPermitOptions(
                metres(props, GAS_NEAR_KEY, DEFAULT_GAS_NEAR_M),
                metres(props, CAMERA_SEARCH_KEY, DEFAULT_CAMERA_SEARCH_M),
                PARK_ZONE,
                flag(props, CROSS_CHECK_KEY));
    }

    private static boolean flag(Function<String, String> props, String key) {
        String v = props.apply(key);
        if (v == null || v.isBlank() || v.trim().equals("true")) return true;
        if (v.trim().equals("false")) return false;
        throw new IllegalArgumentException(key + "='" + v + "': must be true or false");
    }

    private static double metres(Function<String, String> props, String key, double fallback) {
        String v = props.apply(key);
        if (v == null || v.isBlank()) return fallback;
        try {
            double d = Double.parseDouble(v.trim());
            if (d > 0 && d <= 5000) return d;
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(key + "='" + v + "': must be a distance in (0, 5000] m");
    }
}
