package org.parkwatch.backend.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkwatch.backend.platform.report.TableReport;

/**
 * The daily-safety section (日常安全管理) of a report as one two-column table (item | value): special
 * work permits, hidden dangers, commitments and responsibility duties; a figure whose capability is
 * not on the platform is one row saying {@link #NOT_AVAILABLE_ZH} (not available). The daily duty
 * report writes it in both languages, the quarterly report in the reader's.
 */
public final class DailySafetySection {
    public static final String NOT_AVAILABLE_ZH = "未接入";
    public static final String NOT_AVAILABLE_EN = "not available";

    /** Which language the labels are in. */
    public enum Lang {
        ZH,
        EN,
        /** zh then en, as the daily duty report writes its labels */
        BOTH
    }

    private DailySafetySection() {}

    public static TableReport.Section of(DailySafety d, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        if (d.permits().isPresent()) {
            DailySafetyFigures.WorkPermitDay p = d.permits().get();
            rows.add(row(lang, "今日在办特殊作业", "Special work permits active today", p.active()));
            for (DailySafetyFigures.KindCount k : p.byKind())
                rows.add(row(lang, "　" + k.kindZh(), "  " + k.kindEn(), k.active()));
            rows.add(row(lang, "特级动火", "Hot work, special grade (特级)", p.hotWorkSpecial()));
            rows.add(row(lang, "一级动火", "Hot work, grade 1 (一级)", p.hotWorkFirst()));
            rows.add(row(lang, "受限空间作业", "Confined-space work", p.confinedSpace()));
        } else {
            rows.add(missing(lang, "特殊作业票", "Special work permits"));
        }
        if (d.hiddenDangers().isPresent()) {
            DailySafetyFigures.HiddenDangerFigures h = d.hiddenDangers().get();
            rows.add(row(lang, "未闭环隐患", "Hidden dangers open", h.open()));
            rows.add(row(lang, "逾期未整改隐患", "Hidden dangers overdue", h.overdue()));
            rows.add(row(lang, "重大隐患", "Major hidden dangers open", h.major()));
            rows.add(
                    List.of(
                            label(lang, "隐患整改率（%）", "Rectification rate (%)"),
                            percent(h.rectificationRatePercent())));
        } else {
            rows.add(missing(lang, "隐患排查治理", "Hidden dangers"));
        }
        if (d.commitments().isPresent()) {
            DailySafetyFigures.CommitmentDay c = d.commitments().get();
            rows.add(row(lang, "应承诺企业", "Enterprises to declare", c.enterprises()));
            rows.add(row(lang, "按时承诺", "Declared on time", c.declared()));
            rows.add(row(lang, "迟报承诺", "Declared late", c.late()));
            rows.add(row(lang, "未承诺", "Not declared", c.missing()));
        } else {
            rows.add(missing(lang, "安全承诺", "Daily safety commitments"));
        }
        if (d.responsibility().isPresent()) {
            DailySafetyFigures.ResponsibilityFigures r = d.responsibility().get();
            rows.add(row(lang, "包保责任应履职", "Responsibility duties due", r.duties()));
            rows.add(row(lang, "包保责任逾期", "Responsibility duties overdue", r.overdue()));
            rows.add(
                    row(
                            lang,
                            "履职逾期的重大危险源",
                            "Major hazards with overdue duties",
                            r.installationsOverdue()));
        } else {
            rows.add(missing(lang, "重大危险源包保责任", "Major-hazard responsibility"));
        }
        return new TableReport.Section(
                label(lang, "日常安全管理 " + d.day(), "Daily safety management " + d.day()),
                List.of(label(lang, "项目", "Item"), label(lang, "数值", "Value")),
                rows,
                null);
    }

    /** Percent to 0.1, as the reports and the JSON's text write it. */
    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
    }

    private static List<String> row(Lang lang, String zh, String en, int value) {
        return List.of(label(lang, zh, en), Integer.toString(value));
    }

    private static List<String> missing(Lang lang, String zh, String en) {
        return List.of(label(lang, zh, en), label(lang, NOT_AVAILABLE_ZH, NOT_AVAILABLE_EN));
    }

    static String label(Lang lang, String zh, String en) {
        return switch (lang) {
            case ZH -> zh;
            case EN -> en;
            case BOTH -> zh + " " + en.trim();
        };
    }
}
