package org.parkwatch.model.routing;

import java.util.Locale;

/** What a shortest path minimises: travel time for the mode, or length. */
public enum RouteMetric {
    TIME,
    DISTANCE;

    /** {@code time} or {@code distance} (case-insensitive); throws naming both otherwise. */
    public static RouteMetric parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "time" -> TIME;
            case "distance" -> DISTANCE;
            default ->
                    throw new IllegalArgumentException(
                            "optimise must be 'time' or 'distance', not '" + text + "'");
        };
    }
}
