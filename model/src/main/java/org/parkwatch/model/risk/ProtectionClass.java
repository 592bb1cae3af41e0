package org.parkwatch.model.risk;

/** Protection-target classes of GB 36894-2018 (防护目标). */
public enum ProtectionClass {
    /** 高敏感防护目标 */
    HIGHLY_SENSITIVE("高敏感防护目标", "Highly sensitive"),
    /** 重要防护目标 */
    IMPORTANT("重要防护目标", "Important"),
    /** 一般防护目标中的一类 */
    GENERAL_1("一般防护目标（一类）", "General, class 1"),
    /** 一般防护目标中的二类 */
    GENERAL_2("一般防护目标（二类）", "General, class 2"),
    /** 一般防护目标中的三类 */
    GENERAL_3("一般防护目标（三类）", "General, class 3");

    private final String textZh;
    private final String textEn;

    ProtectionClass(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }
}
