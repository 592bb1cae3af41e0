package org.parkwatch.backend.safetyduty;

/** The three responsible people of a major hazard installation under 包保责任制. */
public enum DutyRole {
    /** 主要负责人: the enterprise's principal. */
    PRINCIPAL("principal", "主要负责人", "Principal"),
    /** 技术负责人: the technical lead. */
    TECHNICAL("technical", "技术负责人", "Technical lead"),
    /** 操作负责人: the operation lead of the installation. */
    OPERATION("operation", "操作负责人", "Operation lead");

    private final String id;
    private final String zh;
    private final String en;

    DutyRole(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /**
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static DutyRole parse(String s) {
        for (DutyRole r : values()) if (r.id.equalsIgnoreCase(String.valueOf(s))) return r;
        throw new IllegalArgumentException(
                "role must be one of principal, technical, operation; got '" + s + "'");
    }
}
