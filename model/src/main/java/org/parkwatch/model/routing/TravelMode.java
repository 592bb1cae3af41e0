package org.parkwatch.model.routing;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a route is travelled: on foot (every road, both ways), by car or fire engine (one-way roads
 * respected) or by hazardous-goods truck (one-way respected, only segments open to hazardous goods,
 * speed capped at {@link RoutingSpeeds#HAZMAT_MAX_KMH}).
 */
public enum TravelMode {
    WALK("walk"),
    DRIVE("drive"),
    HAZMAT_TRUCK("hazmat-truck");

    private final String id;

    TravelMode(String id) {
        this.id = id;
    }

    /** The id used in APIs: {@code walk}, {@code drive}, {@code hazmat-truck}. */
    public String id() {
        return id;
    }

    /** The mode with this id (case-insensitive); throws naming the known ids otherwise. */
    public static TravelMode parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TravelMode m : values()) if (m.id.equals(t)) return m;
        throw new IllegalArgumentException(
                "mode must be one of "
                        + Arrays.stream(values()).map(TravelMode::id).toList()
                        + ", not '"
                        + text
                        + "'");
    }
}
