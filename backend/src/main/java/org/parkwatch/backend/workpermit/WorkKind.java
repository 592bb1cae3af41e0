package org.parkwatch.backend.workpermit;

import java.util.Arrays;
import java.util.List;

/**
 * The eight kinds of special work of GB 30871-2022 (危险化学品企业特殊作业安全规范), each with the levels the
 * standard grades it into (empty: not graded). Level ids are what the API and CSV carry: {@code
 * special} (特级), {@code 1}, {@code 2}, {@code 3} (一/二/三级), {@code I}–{@code IV} (高处).
 */
public enum WorkKind {
    HOT_WORK("动火作业", "hot work", List.of("special", "1", "2")),
    CONFINED_SPACE("受限空间作业", "confined-space entry", List.of()),
    BLIND_PLATE("盲板抽堵作业", "blind plate insertion and removal", List.of()),
    WORK_AT_HEIGHT("高处作业", "work at height", List.of("I", "II", "III", "IV")),
    LIFTING("吊装作业", "lifting", List.of("1", "2", "3")),
    TEMP_POWER("临时用电作业", "temporary electrical connection", List.of()),
    EXCAVATION("动土作业", "excavation", List.of()),
    ROAD_CLOSURE("断路作业", "road closure", List.of());

    private final String nameZh;
    private final String nameEn;
    private final List<String> levels;

    WorkKind(String nameZh, String nameEn, List<String> levels) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.levels = levels;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The levels of this kind, highest risk first; empty when the kind is not graded. */
    public List<String> levels() {
        return levels;
    }

    /** True for the kinds whose gas analysis the rules check (hot work, confined space). */
    public boolean needsGasAnalysis() {
        return this == HOT_WORK || this == CONFINED_SPACE;
    }

    /** The level's label, e.g. 特级 / 一级 / II 级; empty for none. */
    public static String levelZh(String level) {
        if (level == null) return "";
        return switch (level) {
            case "special" -> "特级";
            case "1" -> "一级";
            case "2" -> "二级";
            case "3" -> "三级";
            default -> level + "级";
        };
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static WorkKind of(String s) {
        for (WorkKind k : values()) if (k.name().equalsIgnoreCase(s)) return k;
        throw new IllegalArgumentException(
                "unknown kind '" + s + "'; expected one of " + Arrays.toString(values()));
    }
}
