package org.parkwatch.backend.safetyduty;

/** What a calendar filing declares for a unit (开停车/大检修). */
public enum FilingKind {
    /** 开车: the unit starts up (ends a shutdown in force when it actually starts). */
    STARTUP("startup", "开车", "Start-up"),
    /** 停车: the unit is shut down for the window. */
    SHUTDOWN("shutdown", "停车", "Shutdown"),
    /** 大检修: the unit is shut down for a turnaround. */
    TURNAROUND("turnaround", "大检修", "Turnaround");

    private final String id;
    private final String zh;
    private final String en;

    FilingKind(String id, String zh, String en) {
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

    /** True for kinds that take the unit out of operation. */
    public boolean stopsUnit() {
        return this != STARTUP;
    }

    /**
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static FilingKind parse(String s) {
        for (FilingKind k : values()) if (k.id.equalsIgnoreCase(String.valueOf(s))) return k;
        throw new IllegalArgumentException(
                "kind must be one of startup, shutdown, turnaround; got '" + s + "'");
    }
}
