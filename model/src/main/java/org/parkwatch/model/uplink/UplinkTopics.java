package org.parkwatch.model.uplink;

import java.util.regex.Pattern;

/**
 * MQTT topic layout of the uplink: {@code parkwatch/v1/{enterpriseId}/{bridgeId}/samples} for
 * sample batches (QoS 1) and {@code parkwatch/v1/{enterpriseId}/{bridgeId}/status} for birth and
 * last-will messages (QoS 1, retained).
 */
public final class UplinkTopics {
    public static final String PREFIX = "parkwatch/v1/";
    public static final String SAMPLES = "samples";
    public static final String STATUS = "status";

    /** Subscription filter that matches every bridge's samples and status. */
    public static final String ALL = PREFIX + "+/+/+";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private UplinkTopics() {}

    public static String samples(String enterpriseId, String bridgeId) {
        return PREFIX + enterpriseId + "/" + bridgeId + "/" + SAMPLES;
    }

    public static String status(String enterpriseId, String bridgeId) {
        return PREFIX + enterpriseId + "/" + bridgeId + "/" + STATUS;
    }

    /** Splits a topic into its parts, or returns null when it is not an uplink topic. */
    public static Parsed parse(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) return null;
        String[] parts = topic.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 3) return null;
        if (!SEGMENT.matcher(parts[0]).matches() || !SEGMENT.matcher(parts[1]).matches())
            return null;
        if (!parts[2].equals(SAMPLES) && !parts[2].equals(STATUS)) return null;
        return new Parsed(parts[0], parts[1], parts[2]);
    }

    static void requireSegment(String name, String value) {
        if (value == null || !SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    name + " must be 1-64 characters of A-Z a-z 0-9 _ . -, was '" + value + "'");
        }
    }

    public record Parsed(String enterpriseId, String bridgeId, String kind) {
        public boolean isSamples() {
            return SAMPLES.equals(kind);
        }
    }
}
