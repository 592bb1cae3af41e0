package org.parkwatch.backend.gis;

/**
 * One reason an import was refused.
 *
 * @param featureIndex 0-based index into the file's {@code features} array, or -1 for a problem of
 *     the whole file
 * @param zh the message in Chinese (default language)
 * @param en the same message in English
 */
public record ImportProblem(int featureIndex, String zh, String en) {
    public static ImportProblem file(String zh, String en) {
        return new ImportProblem(-1, zh, en);
    }

    public static ImportProblem feature(int index, String id, String zh, String en) {
        String where = id == null ? "" : " (id " + id + ")";
        return new ImportProblem(
                index,
                "第 " + index + " 个要素" + where + "：" + zh,
                "feature " + index + where + ": " + en);
    }

    @Override
    public String toString() {
        return en;
    }
}
