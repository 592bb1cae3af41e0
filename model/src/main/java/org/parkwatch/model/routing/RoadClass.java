package org.parkwatch.model.routing;

import java.util.Arrays;
import java.util.Locale;

/**
 * The class of a road segment (the {@code roadClass} property of the roads layer), which sets its
 * default driving speed ({@link RoutingSpeeds#driveKmh}).
 */
public enum RoadClass {
    /** Park trunk road (主干路). */
    TRUNK("trunk"),
    /** Park branch road (支路). */
    BRANCH("branch"),
    /** Public road outside the park (county road, avenue, emergency access road). */
    EXTERNAL("external"),
    /** Service or access road inside a site or village lane. */
    ACCESS("access");

    private final String id;

    RoadClass(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The class with this id (case-insensitive); throws naming the known ids otherwise. */
    public static RoadClass parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (RoadClass c : values()) if (c.id.equals(t)) return c;
        throw new IllegalArgumentException(
                "roadClass must be one of "
                        + Arrays.stream(values()).map(RoadClass::id).toList()
                        + ", not '"
                        + text
                        + "'");
    }
}
