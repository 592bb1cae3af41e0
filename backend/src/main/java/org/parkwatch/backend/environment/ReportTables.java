package org.parkwatch.backend.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkwatch.backend.platform.report.TableReport.Document;
import org.parkwatch.backend.platform.report.TableReport.Section;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiLevel;
import org.parkwatch.model.environment.LimitCheck;
import org.parkwatch.model.park.EnterpriseInfo;

/**
 * The environmental report as titled tables in one language (zh-CN default, or English), the one
 * shape both the printable HTML and the DOCX render, so they cannot disagree. Numbers are formatted
 * here: AQI as integers, concentrations to 4 significant digits, volumes and loads to 0.1.
 */
final class ReportTables {

    private ReportTables() {}

    static Document of(EnvironmentReport.Report r, boolean en, List<EnterpriseInfo> enterprises) {
        String parkZh = "园区环境质量";
        String title =
                en
                        ? (r.kind().equals("day") ? "Daily" : "Monthly")
                                + " environmental report "
                                + r.period()
                        : parkZh + (r.kind().equals("day") ? "日报 " : "月报 ") + r.period();
        String subtitle =
                en
                        ? "Period " + r.first() + " to " + r.last() + " (park time)"
                        : "统计时段 " + r.first() + " 至 " + r.last() + "（园区当地时间）";
        List<Section> s = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (AqiLevel l : AqiLevel.values()) {
            levels.add(
                    List.of(
                            en ? l.name() : l.levelZh(),
                            en ? l.categoryEn() : l.categoryZh(),
                            String.valueOf(r.daysByLevel().getOrDefault(l, 0))));
        }
        levels.add(List.of(en ? "no AQI" : "无有效 AQI", "—", String.valueOf(r.daysWithoutAqi())));
        s.add(
                new Section(
                        en ? "Days by AQI level (HJ 633-2012)" : "空气质量指数级别天数（HJ 633-2012）",
                        en ? List.of("Level", "Category", "Days") : List.of("级别", "类别", "天数"),
                        levels,
                        en
                                ? "Park daily AQI from the station mean of each pollutant's valid daily mean (GB 3095-2012 validity rules)."
                                : "园区日 AQI 由各站有效日均浓度的算术平均计算（GB 3095-2012 数据有效性规定）。"));
        List<List<String>> days = new ArrayList<>();
        for (EnvironmentReport.Day d : r.days()) {
            days.add(
                    d.aqi() == null
                            ? List.of(d.date().toString(), "—", "—", "—")
                            : List.of(
                                    d.date().toString(),
                                    String.valueOf(d.aqi().aqi()),
                                    en
                                            ? d.aqi().level().categoryEn()
                                            : d.aqi().level().categoryZh(),
                                    primary(d.aqi().primary(), en)));
        }
        s.add(
                new Section(
                        en ? "Park AQI by day" : "逐日园区空气质量指数",
                        en
                                ? List.of("Date", "AQI", "Category", "Primary pollutant")
                                : List.of("日期", "AQI", "类别", "首要污染物"),
                        days,
                        null));
        List<List<String>> ex = new ArrayList<>();
        for (EnvironmentReport.Exceedance e : r.exceedances()) {
            LimitCheck c = e.check();
            ex.add(
                    List.of(
                            e.date().toString(),
                            en ? e.station().nameEn() : e.station().nameZh(),
                            en ? c.limit().pollutant().nameEn() : c.limit().pollutant().nameZh(),
                            c.limit().averaging().key(),
                            sig(c.value()),
                            sig(c.limit().max()),
                            c.limit().unit(),
                            c.limit().standard() + " " + c.limit().clause()));
        }
        s.add(
                new Section(
                        en ? "Limit exceedances" : "超标情况",
                        en
                                ? List.of(
                                        "Date",
                                        "Station",
                                        "Pollutant",
                                        "Averaging",
                                        "Value",
                                        "Limit",
                                        "Unit",
                                        "Standard")
                                : List.of("日期", "监测站", "污染物", "平均时间", "监测值", "限值", "单位", "标准"),
                        ex,
                        ex.isEmpty() ? (en ? "No exceedance." : "无超标。") : null));
        List<List<String>> dis = new ArrayList<>();
        for (EnvironmentReport.Discharge d : r.discharges()) {
            dis.add(
                    List.of(
                            enterpriseName(enterprises, d.enterpriseId(), en),
                            one(d.waterM3()),
                            one(d.codKg()),
                            one(d.nh3nKg()),
                            one(d.tpKg()),
                            String.valueOf(d.hoursWithFlow())));
        }
        s.add(
                new Section(
                        en ? "Wastewater discharge by enterprise" : "各企业废水排放量",
                        en
                                ? List.of(
                                        "Enterprise",
                                        "Water (m³)",
                                        "COD (kg)",
                                        "NH₃-N (kg)",
                                        "TP (kg)",
                                        "Hours with flow")
                                : List.of(
                                        "企业", "废水量（m³）", "化学需氧量（kg）", "氨氮（kg）", "总磷（kg）", "有流量小时数"),
                        dis,
                        en
                                ? "Load = Σ hourly mean flow × hourly mean concentration; hours without data are left out, not filled."
                                : "排放量 = Σ 小时平均流量 × 小时平均浓度；缺测小时不计入、不插补。"));
        return new Document(title, subtitle, s);
    }

    private static String primary(List<AqiItem> items, boolean en) {
        if (items.isEmpty()) return "—";
        List<String> names = new ArrayList<>();
        for (AqiItem i : items) names.add(en ? i.nameEn() : i.nameZh());
        return String.join(en ? ", " : "、", names);
    }

    private static String enterpriseName(List<EnterpriseInfo> all, String id, boolean en) {
        for (EnterpriseInfo e : all) {
            if (e.id().equals(id)) return en ? e.nameEn() : e.nameZh();
        }
        return id;
    }

    /** 4 significant digits, no exponent for ordinary values. */
    static String sig(double v) {
        if (!Double.isFinite(v)) return "—";
        return new java.math.BigDecimal(v)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    static String one(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "—";
    }
}
