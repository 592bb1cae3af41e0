package org.parkwatch.backend.workpermit;

import java.util.Arrays;

/** The states of a special work permit: 申请 → 批准 → 作业中 ⇄ 暂停 → 关闭. */
public enum WorkState {
    APPLIED("申请", "applied"),
    APPROVED("批准", "approved"),
    IN_PROGRESS("作业中", "in progress"),
    SUSPENDED("暂停", "suspended"),
    CLOSED("关闭", "closed");

    private final String nameZh;
    private final String nameEn;

    WorkState(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
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
    public static WorkState of(String s) {
        for (WorkState k : values()) if (k.name().equalsIgnoreCase(s)) return k;
        throw new IllegalArgumentException(
                "unknown state '" + s + "'; expected one of " + Arrays.toString(values()));
    }
}
