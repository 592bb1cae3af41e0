package org.parkwatch.backend.risk.qra;

/**
 * Which column of GB 36894-2018's individual-risk limits a protection target is checked against:
 * the limits for new (新建) facilities or those for facilities in service (在役). The limits themselves
 * sit in {@link org.parkwatch.model.risk.RiskCriteria#individualRiskLimit}: highly sensitive /
 * important / general class 1 3e-7 new, 3e-6 in service; class 2 3e-6 / 1e-5; class 3 1e-5 / 3e-5
 * per year (docs/domain/risk.md "Criteria — GB 36894-2018", status [P]: numbers of the 2014 trial
 * version, the mapping onto the 2018 class names to be checked against Table 1).
 */
public enum FacilityStatus {
    NEW("new"),
    IN_SERVICE("in-service");

    /**
     * The status of a target without a {@code facilityStatus} attribute: the in-service limits (the
     * laxer ones).
     */
    public static final FacilityStatus DEFAULT = IN_SERVICE;

    private final String id;

    FacilityStatus(String id) {
        this.id = id;
    }

    /** The attribute and API value: {@code new} or {@code in-service}. */
    public String id() {
        return id;
    }

    public boolean isNew() {
        return this == NEW;
    }

    /**
     * The status of a {@code facilityStatus} attribute; null for an absent attribute.
     *
     * @throws IllegalArgumentException naming the accepted values for anything else
     */
    public static FacilityStatus parse(String attribute) {
        if (attribute == null) return null;
        for (FacilityStatus s : values()) {
            if (s.id.equals(attribute)) return s;
        }
        throw new IllegalArgumentException(
                "facilityStatus must be new or in-service, got '" + attribute + "'");
    }

    /**
     * Where a target's status came from: its feature's attribute, the default for a target without
     * one, or the {@code risk.qra.newFacilities} configuration that overrides both.
     */
    public enum Source {
        ATTRIBUTE("attribute"),
        DEFAULT("default"),
        CONFIG("config");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
