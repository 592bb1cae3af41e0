package org.parkwatch.backend.hazard;

/**
 * GB 18218-2018 Table 6: the level (一级 most severe … 四级) of a major hazard installation from its
 * corrected ratio R. Each band includes its lower edge: R ≥ 100 → 1; 50 ≤ R &lt; 100 → 2; 10 ≤ R
 * &lt; 50 → 3; R &lt; 10 → 4. Source: docs/domain/gb18218.md §Grading, status [P] (band edges as in
 * the standard's Table 6).
 */
public final class GradeBands {

    /** Lower edge of level 1 (一级). */
    public static final double LEVEL_1_MIN_R = 100.0;

    /** Lower edge of level 2 (二级). */
    public static final double LEVEL_2_MIN_R = 50.0;

    /** Lower edge of level 3 (三级). */
    public static final double LEVEL_3_MIN_R = 10.0;

    private static final String[] LEVEL_ZH = {"一级", "二级", "三级", "四级"};
    private static final String[] LEVEL_EN = {"level 1", "level 2", "level 3", "level 4"};

    private GradeBands() {}

    /** The level 1–4 for a corrected ratio R ≥ 0. */
    public static int level(double r) {
        if (Double.isNaN(r) || r < 0) {
            throw new IllegalArgumentException("R must be a number >= 0, got " + r);
        }
        if (r >= LEVEL_1_MIN_R) {
            return 1;
        }
        if (r >= LEVEL_2_MIN_R) {
            return 2;
        }
        return r >= LEVEL_3_MIN_R ? 3 : 4;
    }

    /** Chinese label of a level, e.g. 三级. */
    public static String labelZh(int level) {
        return LEVEL_ZH[checked(level) - 1];
    }

    /** English label of a level, e.g. level 3. */
    public static String labelEn(int level) {
        return LEVEL_EN[checked(level) - 1];
    }

    private static int checked(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("level must be 1..4, got " + level);
        }
        return level;
    }
}
