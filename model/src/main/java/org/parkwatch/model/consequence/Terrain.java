package org.parkwatch.model.consequence;

/** Surface roughness category for the dispersion coefficients and the wind profile. */
public enum Terrain {
    RURAL,
    URBAN;

    /** Parses "rural" or "urban" (case-insensitive). */
    public static Terrain parse(String text) {
        for (Terrain t : values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("expected rural or urban but was " + text);
    }
}
