package org.parkwatch.backend.risk.zones;

/**
 * What a release turns into, and so which zones are drawn: toxic dispersion, pool fire, BLEVE
 * fireball, VCE by TNT equivalence, or VCE by the TNO multi-energy method.
 */
public enum ReleaseOutcome {
    TOXIC("toxic"),
    POOL_FIRE("poolfire"),
    FIREBALL("fireball"),
    VCE("vce"),
    VCE_MULTI_ENERGY("vce-tno");

    private final String id;

    ReleaseOutcome(String id) {
        this.id = id;
    }

    /** The name used in the API. */
    public String id() {
        return id;
    }

    /** Parses an API name; the message lists the accepted ones. */
    public static ReleaseOutcome parse(String text) {
        for (ReleaseOutcome o : values()) {
            if (o.id.equalsIgnoreCase(text == null ? "" : text.trim())) return o;
        }
        throw new ZoneInputException(
                "outcome", "must be toxic, poolfire, fireball, vce or vce-tno but was " + text);
    }
}
