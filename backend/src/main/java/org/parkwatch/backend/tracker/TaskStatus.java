package org.parkwatch.backend.tracker;

/** Where a plan task stands: from the task file until the first progress entry, then derived. */
public enum TaskStatus {
    NOT_STARTED("not-started", "未启动", "not started"),
    IN_PROGRESS("in-progress", "推进中", "in progress"),
    DONE("done", "已完成", "done");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    TaskStatus(String id, String nameZh, String nameEn) {
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

    /** The status a progress percentage means: 0 not started, 100 done, between in progress. */
    public static TaskStatus ofPercent(int percent) {
        if (percent >= 100) return DONE;
        return percent <= 0 ? NOT_STARTED : IN_PROGRESS;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TaskStatus fromId(String id) {
        for (TaskStatus s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException(
                "status '" + id + "' is not one of not-started, in-progress, done");
    }
}
