package org.parkwatch.backend.hazard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a {@link GradingResult}'s arithmetic as one human-readable line in Chinese or English. */
final class GradingArithmetic {

    private GradingArithmetic() {}

    static String zh(GradingResult g) {
        StringBuilder sb = new StringBuilder();
        sb.append(sumLine(g, "S = Σq/Q = "))
                .append(g.majorHazard() ? " ≥ 1，构成重大危险源" : " < 1，不构成重大危险源，不分级");
        appendIgnored(g, sb, "；不计入（不在 GB 18218 表1、表2 中）：", ResolvedChemical::nameZh);
        if (g.majorHazard()) {
            sb.append("；α = ")
                    .append(num(g.alpha()))
                    .append("（厂区边界外 500 m 内 ")
                    .append(g.exposedPeople())
                    .append(" 人）；R = α × Σβq/Q = ")
                    .append(rTerms(g))
                    .append(" → ")
                    .append(GradeBands.labelZh(g.level()))
                    .append("重大危险源");
        }
        return sb.append('。').toString();
    }

    static String en(GradingResult g) {
        StringBuilder sb = new StringBuilder();
        sb.append(sumLine(g, "S = Σq/Q = "))
                .append(
                        g.majorHazard()
                                ? " ≥ 1: major hazard installation"
                                : " < 1: not a major hazard, no grade");
        appendIgnored(
                g,
                sb,
                "; not counted (in neither Table 1 nor Table 2 of GB 18218): ",
                ResolvedChemical::nameEn);
        if (g.majorHazard()) {
            sb.append("; α = ")
                    .append(num(g.alpha()))
                    .append(" (")
                    .append(g.exposedPeople())
                    .append(" people within 500 m of the boundary); R = α × Σβq/Q = ")
                    .append(rTerms(g))
                    .append(" → ")
                    .append(GradeBands.labelEn(g.level()));
        }
        return sb.append('.').toString();
    }

    private static String sumLine(GradingResult g, String prefix) {
        List<GradedItem> counted = counted(g);
        if (counted.isEmpty()) {
            return prefix + "0";
        }
        String fractions =
                counted.stream()
                        .map(i -> num(i.quantityT()) + "/" + num(i.chemical().criticalQuantityT()))
                        .collect(Collectors.joining(" + "));
        if (counted.size() == 1) {
            return prefix + fractions + " = " + num(g.s());
        }
        String ratios =
                counted.stream().map(i -> num(i.ratio())).collect(Collectors.joining(" + "));
        return prefix + fractions + " = " + ratios + " = " + num(g.s());
    }

    private static String rTerms(GradingResult g) {
        List<GradedItem> counted = counted(g);
        String terms =
                counted.stream()
                        .map(i -> num(i.chemical().beta()) + "×" + num(i.ratio()))
                        .collect(Collectors.joining(" + "));
        double sum = counted.stream().mapToDouble(GradedItem::betaRatio).sum();
        return num(g.alpha())
                + " × ("
                + terms
                + ") = "
                + num(g.alpha())
                + " × "
                + num(sum)
                + " = "
                + num(g.r());
    }

    private static void appendIgnored(
            GradingResult g,
            StringBuilder sb,
            String lead,
            Function<ResolvedChemical, String> name) {
        List<String> ignored =
                g.items().stream()
                        .filter(i -> !i.chemical().counts())
                        .map(i -> name.apply(i.chemical()))
                        .toList();
        if (!ignored.isEmpty()) {
            sb.append(lead).append(String.join(", ", ignored));
        }
    }

    private static List<GradedItem> counted(GradingResult g) {
        return g.items().stream().filter(i -> i.chemical().counts()).toList();
    }

    /** Up to 6 significant digits, no trailing zeros, no exponent: 4, 1.2, 0.333333. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
