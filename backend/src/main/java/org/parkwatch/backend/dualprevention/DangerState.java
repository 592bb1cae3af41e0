package org.parkwatch.backend.dualprevention;

/** Where a hidden danger (隐患) is in its life cycle, in the order it moves forward. */
public enum DangerState {
    REPORTED("reported", "已上报", "reported"),
    ASSESSED("assessed", "已评估", "assessed"),
    ASSIGNED("assigned", "整改中", "rectification assigned"),
    RECTIFIED("rectified", "已整改待验收", "rectified"),
    VERIFIED("verified", "已验收", "verified"),
    CLOSED("closed", "已销号", "closed");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    DangerState(String id, String nameZh, String nameEn) {
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

    /** True until closed. */
    public boolean open() {
        return this != CLOSED;
    }

    /** True once the rectification is done (rectified, verified, closed): counts as rectified. */
    public boolean rectified() {
        return ordinal() >= RECTIFIED.ordinal();
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DangerState parse(String s) {
        for (DangerState d : values()) if (d.id.equalsIgnoreCase(String.valueOf(s))) return d;
        throw new IllegalArgumentException(
                "state '"
                        + s
                        + "' is not one of reported, assessed, assigned, rectified, verified,"
                        + " closed");
    }
}
