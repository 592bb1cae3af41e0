package org.parkwatch.model.emergency;

/**
 * The four response levels of a Chinese emergency plan, {@link #I} (一级) the most severe. The order
 * follows GB/T 29639-2020 (生产经营单位生产安全事故应急预案编制导则) and the 突发事件应对法: level I calls the most resources
 * and the highest command.
 */
public enum ResponseLevel {
    I("一级", "Level I"),
    II("二级", "Level II"),
    III("三级", "Level III"),
    IV("四级", "Level IV");

    private final String nameZh;
    private final String nameEn;

    ResponseLevel(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True when this level is more severe than {@code other} (I is more severe than II). */
    public boolean moreSevereThan(ResponseLevel other) {
        return ordinal() < other.ordinal();
    }

    /**
     * Parses {@code I}…{@code IV}, {@code 1}…{@code 4} or {@code 一级}…{@code 四级}.
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    public static ResponseLevel parse(String text) {
        String t = text == null ? "" : text.trim();
        for (ResponseLevel l : values()) {
            if (l.name().equalsIgnoreCase(t)
                    || l.nameZh.equals(t)
                    || String.valueOf(l.ordinal() + 1).equals(t)) return l;
        }
        throw new IllegalArgumentException(
                "level must be I, II, III or IV (or 1–4, 一级–四级) but was '" + text + "'");
    }
}
