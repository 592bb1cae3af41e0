package org.parkwatch.backend.publicdisplay;

/**
 * The park's overall safety status as the public sees it, without details: 正常 (normal), 关注 (watch:
 * a high alarm is active somewhere), 警戒 (alert: a critical alarm is active or an incident is open).
 */
public enum SafetyStatus {
    NORMAL("正常", "Normal"),
    WATCH("关注", "Watch"),
    ALERT("警戒", "Alert");

    private final String labelZh;
    private final String labelEn;

    SafetyStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String id() {
        return name().toLowerCase();
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The status of one snapshot: incidents and critical alarms alert, high alarms call for
     * attention.
     */
    public static SafetyStatus of(PublicInputs in) {
        if (in.openIncidents() > 0 || in.activeCritical() > 0) return ALERT;
        if (in.activeHigh() > 0) return WATCH;
        return NORMAL;
    }
}
