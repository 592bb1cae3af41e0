package org.parkwatch.model.environment;

/**
 * One row of HJ 633-2012 Table 1 (空气质量分指数及对应的污染物项目浓度限值): a pollutant at an averaging period with
 * its concentration breakpoints for IAQI 0, 50, 100, 150, 200, 300, 400 and 500. The table is
 * written here as data; each row cites its source. Status [P]: transcribed from HJ 633-2012
 * (2012-02-29, in force 2016-01-01) Table 1 and its notes (1)–(3); not yet re-checked against the
 * printed standard by a second reader.
 *
 * <p>Units: μg/m³ for every item except CO (mg/m³). A row whose table stops early (SO₂ 1 h and O₃ 8
 * h end at IAQI 200 and 300) has fewer breakpoints; the standard's note says what to report above
 * the last one.
 */
public enum AqiItem {
    /** SO₂ 24-hour mean, HJ 633-2012 Table 1 row 2. */
    SO2_24H(
            "SO₂",
            "SO₂ 24小时平均",
            "SO₂ 24-hour mean",
            Unit.UG_PER_M3,
            0,
            50,
            150,
            475,
            800,
            1600,
            2100,
            2620),
    /**
     * SO₂ 1-hour mean, Table 1 row 3; above 800 μg/m³ note (1) applies: report the 24-hour IAQI.
     * Real-time only.
     */
    SO2_1H("SO₂", "SO₂ 1小时平均", "SO₂ 1-hour mean", Unit.UG_PER_M3, 0, 150, 500, 650, 800),
    /** NO₂ 24-hour mean, Table 1 row 4. */
    NO2_24H(
            "NO₂",
            "NO₂ 24小时平均",
            "NO₂ 24-hour mean",
            Unit.UG_PER_M3,
            0,
            40,
            80,
            180,
            280,
            565,
            750,
            940),
    /** NO₂ 1-hour mean, Table 1 row 5; real-time reports only (note (2)). */
    NO2_1H(
            "NO₂",
            "NO₂ 1小时平均",
            "NO₂ 1-hour mean",
            Unit.UG_PER_M3,
            0,
            100,
            200,
            700,
            1200,
            2340,
            3090,
            3840),
    /** PM₁₀ 24-hour mean, Table 1 row 6. */
    PM10_24H(
            "PM₁₀",
            "PM₁₀ 24小时平均",
            "PM₁₀ 24-hour mean",
            Unit.UG_PER_M3,
            0,
            50,
            150,
            250,
            350,
            420,
            500,
            600),
    /**
     * PM₁₀ 1-hour mean for the real-time report: Table 1 has no 1-hour PM rows, so the 1-hour value
     * is rated on the 24-hour breakpoints (HJ 633-2012 §5.2 real-time items) [P].
     */
    PM10_1H(
            "PM₁₀",
            "PM₁₀ 1小时平均",
            "PM₁₀ 1-hour mean",
            Unit.UG_PER_M3,
            0,
            50,
            150,
            250,
            350,
            420,
            500,
            600),
    /** CO 24-hour mean (mg/m³), Table 1 row 7. */
    CO_24H("CO", "CO 24小时平均", "CO 24-hour mean", Unit.MG_PER_M3, 0, 2, 4, 14, 24, 36, 48, 60),
    /** CO 1-hour mean (mg/m³), Table 1 row 8; real-time reports only (note (2)). */
    CO_1H("CO", "CO 1小时平均", "CO 1-hour mean", Unit.MG_PER_M3, 0, 5, 10, 35, 60, 90, 120, 150),
    /** O₃ 1-hour mean, Table 1 row 9. */
    O3_1H(
            "O₃",
            "O₃ 1小时平均",
            "O₃ 1-hour mean",
            Unit.UG_PER_M3,
            0,
            160,
            200,
            300,
            400,
            800,
            1000,
            1200),
    /**
     * O₃ 8-hour rolling mean, Table 1 row 10; above 800 μg/m³ note (3) applies: report the 1-hour
     * IAQI.
     */
    O3_8H("O₃", "O₃ 8小时滑动平均", "O₃ 8-hour rolling mean", Unit.UG_PER_M3, 0, 100, 160, 215, 265, 800),
    /** PM₂.₅ 24-hour mean, Table 1 row 11. */
    PM2_5_24H(
            "PM₂.₅",
            "PM₂.₅ 24小时平均",
            "PM₂.₅ 24-hour mean",
            Unit.UG_PER_M3,
            0,
            35,
            75,
            115,
            150,
            250,
            350,
            500),
    /**
     * PM₂.₅ 1-hour mean for the real-time report, rated on the 24-hour breakpoints like {@link
     * #PM10_1H} [P].
     */
    PM2_5_1H(
            "PM₂.₅",
            "PM₂.₅ 1小时平均",
            "PM₂.₅ 1-hour mean",
            Unit.UG_PER_M3,
            0,
            35,
            75,
            115,
            150,
            250,
            350,
            500);

    /** The IAQI of each breakpoint column of HJ 633-2012 Table 1. */
    static final int[] IAQI_COLUMNS = {0, 50, 100, 150, 200, 300, 400, 500};

    /** Concentration unit of an item. */
    public enum Unit {
        UG_PER_M3("μg/m³"),
        MG_PER_M3("mg/m³");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private final String pollutant;
    private final String nameZh;
    private final String nameEn;
    private final Unit unit;
    private final double[] breakpoints;

    AqiItem(String pollutant, String nameZh, String nameEn, Unit unit, double... breakpoints) {
        this.pollutant = pollutant;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unit = unit;
        this.breakpoints = breakpoints;
    }

    /** The pollutant's display symbol (SO₂, PM₂.₅ …), used to name the 首要污染物. */
    public String pollutant() {
        return pollutant;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Unit unit() {
        return unit;
    }

    /** Number of breakpoints of this row (8 for a full row). */
    public int breakpointCount() {
        return breakpoints.length;
    }

    /** Concentration breakpoint {@code i} (unit of the item); its IAQI is {@link #iaqiAt(int)}. */
    public double breakpoint(int i) {
        return breakpoints[i];
    }

    /** IAQI of breakpoint column {@code i}. */
    public static int iaqiAt(int i) {
        return IAQI_COLUMNS[i];
    }

    /** The highest concentration this row rates (its last breakpoint). */
    public double topBreakpoint() {
        return breakpoints[breakpoints.length - 1];
    }

    /**
     * True when the row ends before IAQI 500 (SO₂ 1 h, O₃ 8 h), so a higher value is rated by
     * another item.
     */
    public boolean truncated() {
        return breakpoints.length < IAQI_COLUMNS.length;
    }
}
