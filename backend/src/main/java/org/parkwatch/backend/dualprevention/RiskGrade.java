package org.parkwatch.backend.dualprevention;

/** The four risk colours (四色) of a risk point, most severe first. */
public enum RiskGrade {
    /** 重大风险. */
    RED("red", "重大风险（红）", "major risk (red)"),
    /** 较大风险. */
    ORANGE("orange", "较大风险（橙）", "high risk (orange)"),
    /** 一般风险. */
    YELLOW("yellow", "一般风险（黄）", "moderate risk (yellow)"),
    /** 低风险. */
    BLUE("blue", "低风险（蓝）", "low risk (blue)");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    RiskGrade(String id, String nameZh, String nameEn) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RiskGrade parse(String s) {
        for (RiskGrade g : values()) if (g.id.equalsIgnoreCase(String.valueOf(s))) return g;
        throw new IllegalArgumentException(
                "grade '" + s + "' is not one of red, orange, yellow, blue");
    }
}
