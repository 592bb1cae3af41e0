package org.parkwatch.backend.hazard;

import java.util.List;

/**
 * A chemical as GB 18218-2018 sees it: its critical quantity Q and correction factor β together
 * with the rule that produced each. Made by {@link ChemicalResolver}.
 *
 * <p>Q rule (docs/domain/gb18218.md §Identification, rule 2): the Table 1 value when the chemical
 * is listed there, otherwise the smallest Q among its Table 2 classes; a chemical in neither table
 * does not count ({@code criticalQuantityT} null). β rule (Grading): the Table 3 value for the 14
 * named toxic gases, otherwise the largest Table 4 β among its Table 2 classes; null when a Table 1
 * chemical has no known class (then R cannot be computed for it).
 *
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param cas CAS number; empty for a chemical given only by class
 * @param classes GB 18218 Table 2 class codes of the chemical (may be empty)
 * @param table1Seq Table 1 row, or null
 * @param criticalQuantityT Q in tonnes, or null when the chemical does not count
 * @param qBasis where Q comes from: {@code table1:12}, {@code table2:W2} or {@code none}
 * @param beta β, or null when unknown or the chemical does not count
 * @param betaBasis where β comes from: {@code table3}, {@code table4:W2} or {@code none}
 */
public record ResolvedChemical(
        String nameZh,
        String nameEn,
        String cas,
        List<String> classes,
        Integer table1Seq,
        Double criticalQuantityT,
        String qBasis,
        Double beta,
        String betaBasis) {

    public ResolvedChemical {
        classes = List.copyOf(classes);
    }

    /** True when the chemical is in Table 1 or 2 and so counts towards S. */
    public boolean counts() {
        return criticalQuantityT != null;
    }

    /** "氯 (7782-50-5)" style label for messages. */
    public String label() {
        return cas.isEmpty() ? nameZh : nameZh + " (" + cas + ")";
    }
}
