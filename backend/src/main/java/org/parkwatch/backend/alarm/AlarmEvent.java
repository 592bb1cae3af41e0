package org.parkwatch.backend.alarm;

/** What can happen to an alarm: its condition changes, an operator acts, or logic/time acts. */
public enum AlarmEvent {
    ACTIVATE("activate", "激活"),
    CLEAR("clear", "恢复"),
    ACKNOWLEDGE("acknowledge", "确认"),
    RESET("reset", "复位"),
    SHELVE("shelve", "搁置"),
    UNSHELVE("unshelve", "取消搁置"),
    SHELVE_EXPIRED("expire the shelving of", "搁置到期"),
    SUPPRESS("suppress", "抑制"),
    UNSUPPRESS("unsuppress", "解除抑制"),
    REMOVE_FROM_SERVICE("remove from service", "停用"),
    RETURN_TO_SERVICE("return to service", "恢复投用");

    private final String verbEn;
    private final String verbZh;

    AlarmEvent(String verbEn, String verbZh) {
        this.verbEn = verbEn;
        this.verbZh = verbZh;
    }

    public String verbEn() {
        return verbEn;
    }

    public String verbZh() {
        return verbZh;
    }
}
