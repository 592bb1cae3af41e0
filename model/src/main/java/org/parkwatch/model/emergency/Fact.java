package org.parkwatch.model.emergency;

/**
 * A live fact of an incident that a plan's level criteria can test. Counts are people or items;
 * yes/no facts are 1 or 0.
 */
public enum Fact {
    /** People in the sensitive targets inside the ERPG-2 (or equivalent second-tier) zone. */
    PEOPLE_IN_ERPG2("peopleInErpg2", "ERPG-2 区内人数", "people inside the ERPG-2 zone"),
    /** People inside the most severe zone (ERPG-3, 37.5 kW/m², 0.1 MPa …). */
    PEOPLE_IN_SEVERE_ZONE("peopleInSevereZone", "最严重区内人数", "people inside the most severe zone"),
    /** 1 when any zone reaches beyond the park boundary. */
    ZONE_CROSSES_FENCE("zoneCrossesFence", "影响区越出园区边界", "a zone crosses the park fence"),
    /** Casualties reported by the commander. */
    CASUALTIES("casualties", "伤亡人数", "casualties"),
    /** Highly sensitive targets (school, hospital …) inside any zone. */
    SENSITIVE_TARGETS_REACHED("sensitiveTargetsReached", "受影响敏感目标数", "sensitive targets reached"),
    /** 1 when the commander reports an environmental receptor (river, water intake) reached. */
    RECEPTOR_REACHED("receptorReached", "环境敏感受体受影响", "an environmental receptor is reached"),
    /** Enterprises involved in the incident (a domino incident has two or more). */
    ENTERPRISES_INVOLVED("enterprisesInvolved", "涉及企业数", "enterprises involved");

    private final String id;
    private final String textZh;
    private final String textEn;

    Fact(String id, String textZh, String textEn) {
        this.id = id;
        this.textZh = textZh;
        this.textEn = textEn;
    }

    /** The name in plan files and the API. */
    public String id() {
        return id;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }

    /** The fact with this API name, or null. */
    public static Fact byId(String id) {
        for (Fact f : values()) if (f.id.equals(id)) return f;
        return null;
    }
}
