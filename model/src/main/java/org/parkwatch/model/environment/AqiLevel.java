package org.parkwatch.model.environment;

/**
 * The six AQI levels of HJ 633-2012 Table 2 (空气质量指数及相关信息) with the colours of its Appendix A
 * (normative; RGB values). Status [P]: transcribed from HJ 633-2012 Table 2 and Appendix A.
 */
public enum AqiLevel {
    I(0, 50, "一级", "优", "Excellent", "绿色", "green", 0, 228, 0),
    II(51, 100, "二级", "良", "Good", "黄色", "yellow", 255, 255, 0),
    III(101, 150, "三级", "轻度污染", "Lightly polluted", "橙色", "orange", 255, 126, 0),
    IV(151, 200, "四级", "中度污染", "Moderately polluted", "红色", "red", 255, 0, 0),
    V(201, 300, "五级", "重度污染", "Heavily polluted", "紫色", "purple", 153, 0, 76),
    VI(301, Integer.MAX_VALUE, "六级", "严重污染", "Severely polluted", "褐红色", "maroon", 126, 0, 35);

    private final int minAqi;
    private final int maxAqi;
    private final String levelZh;
    private final String categoryZh;
    private final String categoryEn;
    private final String colourZh;
    private final String colourEn;
    private final int red;
    private final int green;
    private final int blue;

    AqiLevel(
            int minAqi,
            int maxAqi,
            String levelZh,
            String categoryZh,
            String categoryEn,
            String colourZh,
            String colourEn,
            int red,
            int green,
            int blue) {
        this.minAqi = minAqi;
        this.maxAqi = maxAqi;
        this.levelZh = levelZh;
        this.categoryZh = categoryZh;
        this.categoryEn = categoryEn;
        this.colourZh = colourZh;
        this.colourEn = colourEn;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The level of an integer AQI (≥ 0). */
    public static AqiLevel of(int aqi) {
        if (aqi < 0) {
            throw new IllegalArgumentException("aqi must be >= 0 but was " + aqi);
        }
        for (AqiLevel level : values()) {
            if (aqi <= level.maxAqi) {
                return level;
            }
        }
        throw new IllegalStateException("unreachable: level VI is unbounded");
    }

    public int minAqi() {
        return minAqi;
    }

    /** Upper AQI of the level; {@link Integer#MAX_VALUE} for 六级. */
    public int maxAqi() {
        return maxAqi;
    }

    /** 一级 … 六级. */
    public String levelZh() {
        return levelZh;
    }

    /** 优, 良, 轻度污染 …. */
    public String categoryZh() {
        return categoryZh;
    }

    public String categoryEn() {
        return categoryEn;
    }

    public String colourZh() {
        return colourZh;
    }

    public String colourEn() {
        return colourEn;
    }

    /** Colour as {@code #RRGGBB} from the RGB of HJ 633-2012 Appendix A. */
    public String colourHex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }
}
