package org.parkwatch.model.environment;

import org.parkwatch.model.consequence.Warning;

/**
 * Machine-readable warnings that environmental results carry when a rule of a standard changed or
 * capped them.
 */
public enum EnvWarningCode {
    ABOVE_AQI_SCALE(
            "浓度超过 HJ 633-2012 表1 最高限值，分指数按 500 报告",
            "Concentration above the top breakpoint of HJ 633-2012 Table 1: IAQI reported as 500"),
    SO2_1H_ABOVE_800(
            "SO₂ 1小时浓度高于 800 μg/m³，按24小时平均浓度的分指数报告（HJ 633-2012 表1 注1）",
            "SO₂ 1-hour value above 800 μg/m³: the 24-hour IAQI is reported (HJ 633-2012 Table 1 note 1)"),
    SO2_1H_ABOVE_800_NO_24H(
            "SO₂ 1小时浓度高于 800 μg/m³ 但无24小时平均浓度，SO₂ 未参与计算",
            "SO₂ 1-hour value above 800 μg/m³ and no 24-hour value: SO₂ left out"),
    O3_8H_ABOVE_800(
            "O₃ 8小时浓度高于 800 μg/m³，按1小时平均浓度的分指数报告（HJ 633-2012 表1 注3）",
            "O₃ 8-hour value above 800 μg/m³: the 1-hour IAQI is reported (HJ 633-2012 Table 1 note 3)"),
    O3_8H_ABOVE_800_NO_1H(
            "O₃ 8小时浓度高于 800 μg/m³ 但无1小时浓度，O₃ 8小时未参与计算",
            "O₃ 8-hour value above 800 μg/m³ and no 1-hour value: O₃ 8-hour left out"),
    CALM_STEPS_SKIPPED(
            "静风时段无稳态烟羽，已从溯源中剔除",
            "Calm steps have no steady plume and were left out of the back-trace"),
    NO_EXCESS_SIGNAL(
            "各站读数无高于本底的变化，无法溯源", "No reading rises above the background: nothing to trace"),
    NO_CANDIDATE("没有存有该污染物的候选源", "No candidate source holds this pollutant"),
    POOR_FIT(
            "最佳候选源仅能解释不到一半的观测变化，可能有未列出的源或风场不符",
            "The best candidate explains less than half of the observed variation: an unlisted source or an "
                    + "unrepresentative wind is likely"),
    LIVE_VALUE_AS_HOURLY_MEAN(
            "实时值代替1小时平均浓度，仅供参考（HJ 633-2012 实时报使用1小时平均）",
            "Live values stand in for 1-hour means: indicative only (HJ 633-2012 real-time reports use 1-hour means)"),
    PLUG_FLOW_TRAVEL_TIME(
            "按断面平均流速的推流估算（t = L·W·D/Q），未计纵向弥散：污染前锋会早于该时间到达，仅适用于稳定流量、全断面混合的河段",
            "Plug-flow estimate at the mean section velocity (t = L·W·D/Q), no longitudinal dispersion: the leading"
                    + " edge arrives earlier; valid for steady flow and a release mixed across the section"),
    ENTRY_AWAY_FROM_RIVER(
            "排口距河道较远，排水管渠内的流经时间未计入",
            "The outfall lies away from the river: the travel time in its drain is not included"),
    INSUFFICIENT_DATA(
            "有效数据不足，未计算平均值（GB 3095-2012 第8章 数据有效性规定）",
            "Too few valid values: no mean reported (GB 3095-2012 clause 8, data validity)");

    private final String textZh;
    private final String textEn;

    EnvWarningCode(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }

    /** The warning record of this code. */
    public Warning warning() {
        return new Warning(name(), textZh, textEn);
    }

    /** The warning with a detail (e.g. the value) appended to both texts. */
    public Warning warning(String detail) {
        return new Warning(name(), textZh + "（" + detail + "）", textEn + " (" + detail + ")");
    }
}
