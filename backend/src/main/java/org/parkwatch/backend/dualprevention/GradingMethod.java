package org.parkwatch.backend.dualprevention;

/** How a risk point's score is computed. */
public enum GradingMethod {
    /** 作业条件危险性分析法: D = L × E × C (likelihood, exposure, consequence). */
    LEC,
    /** 风险矩阵法: R = L × S (likelihood 1–5, severity 1–5). */
    LS;

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static GradingMethod parse(String s) {
        for (GradingMethod m : values()) if (m.name().equalsIgnoreCase(String.valueOf(s))) return m;
        throw new IllegalArgumentException("method '" + s + "' is not one of LEC, LS");
    }
}
