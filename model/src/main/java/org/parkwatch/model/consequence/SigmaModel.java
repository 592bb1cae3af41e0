package org.parkwatch.model.consequence;

/**
 * Which σy/σz correlation set a Gaussian plume uses (docs/domain/consequence.md, "Gaussian plume").
 */
public enum SigmaModel {
    /** Briggs 1973 rural/urban, valid about 100 m to 10 km. */
    BRIGGS("briggs"),
    /** σy Spicer &amp; Havens 1988, σz Seinfeld 1986 (GasDispersion.jl default). */
    POWER_LAW("power-law");

    private final String key;

    SigmaModel(String key) {
        this.key = key;
    }

    /** The JSON spelling, {@code briggs} or {@code power-law}. */
    public String key() {
        return key;
    }

    public static SigmaModel parse(String text) {
        for (SigmaModel m : values()) {
            if (m.key.equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected briggs or power-law but was " + text);
    }
}
