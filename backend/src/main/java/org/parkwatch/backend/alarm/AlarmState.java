package org.parkwatch.backend.alarm;

/** ISA-18.2 alarm states (docs/domain/alarms.md, "States", letters A–H). */
public enum AlarmState {
    /** A: normal. */
    NORMAL("A", "正常", "normal"),
    /** B: unacknowledged, condition active. */
    UNACK_ACTIVE("B", "未确认报警", "unacknowledged active"),
    /** C: acknowledged, condition active. */
    ACK_ACTIVE("C", "已确认报警", "acknowledged active"),
    /** D: condition returned to normal, not yet acknowledged. */
    RTN_UNACK("D", "已恢复未确认", "returned unacknowledged"),
    /** E: latched, stays annunciated until an operator resets it. */
    LATCHED("E", "锁存", "latched"),
    /** F: shelved by an operator, time-limited, with a reason. */
    SHELVED("F", "搁置", "shelved"),
    /** G: suppressed by design (logic on another tag, e.g. unit shut down). */
    SUPPRESSED_BY_DESIGN("G", "设计抑制", "suppressed by design"),
    /** H: out of service (maintenance). */
    OUT_OF_SERVICE("H", "停用", "out of service");

    private final String letter;
    private final String nameZh;
    private final String nameEn;

    AlarmState(String letter, String nameZh, String nameEn) {
        this.letter = letter;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String letter() {
        return letter;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** States in which the alarm is shown to the operator (B, C, D, E). */
    public boolean isAnnunciated() {
        return this == UNACK_ACTIVE || this == ACK_ACTIVE || this == RTN_UNACK || this == LATCHED;
    }
}
