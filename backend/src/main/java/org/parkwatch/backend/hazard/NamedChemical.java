package org.parkwatch.backend.hazard;

import java.util.List;

/**
 * One row of GB 18218-2018 Table 1: a named hazardous chemical and its critical quantity.
 *
 * @param seq row number in Table 1 (1–85)
 * @param nameZh Chinese name as printed in the standard
 * @param nameEn English name (project translation)
 * @param casNumbers CAS numbers the row covers; empty when the standard gives none
 * @param criticalQuantityT critical quantity Q in tonnes
 */
public record NamedChemical(
        int seq, String nameZh, String nameEn, List<String> casNumbers, double criticalQuantityT) {

    public NamedChemical {
        casNumbers = List.copyOf(casNumbers);
    }

    /** The first CAS number, or an empty string when the row has none. */
    public String primaryCas() {
        return casNumbers.isEmpty() ? "" : casNumbers.get(0);
    }
}
