package org.parkwatch.backend.dualprevention;

/** The assessed level of a hidden danger. */
public enum DangerLevel {
    /** 一般隐患. */
    GENERAL("general", "一般隐患", "general"),
    /** 重大隐患: overdue rectification escalates to the park. */
    MAJOR("major", "重大隐患", "major");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    DangerLevel(String id, String nameZh, String nameEn) {
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
    public static DangerLevel parse(String s) {
        for (DangerLevel d : values()) if (d.id.equalsIgnoreCase(String.valueOf(s))) return d;
        throw new IllegalArgumentException(
                "level '" + s + "' is not one of general (一般隐患), major (重大隐患)");
    }
}
