package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a CAS number, a name or a Table 2 class into a {@link ResolvedChemical} with Q and β, using
 * the GB 18218 catalogue and the park's chemicals data (which carries each chemical's Table 2
 * classes).
 *
 * <p>Rules (docs/domain/gb18218.md §Identification, §Grading): Q from Table 1 when listed, else the
 * smallest Q among the chemical's Table 2 classes; β from Table 3 for the named toxic gases
 * (matched by CAS), else the largest Table 4 β among its classes. A Table 1 chemical that is not in
 * Table 3 therefore needs its class for β: from {@code chemicals.json}, or given by the caller; for
 * Table 1 rows without a record, from the catalogue's {@code gb18218-table1-classes.csv}. A
 * chemical in neither table does not count. Thread-safe after construction.
 */
public final class ChemicalResolver {

    private final Gb18218Catalogue catalogue;
    private final ChemicalProperties properties;

    /**
     * Checks that every Table 1 row and class named in the chemicals data exists in the catalogue.
     */
    public ChemicalResolver(Gb18218Catalogue catalogue, ChemicalProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
        for (ChemicalRecord r : properties.all()) {
            if (r.table1Seq() != null && catalogue.bySeq(r.table1Seq()).isEmpty()) {
                throw new IllegalStateException(r.id() + ": no Table 1 row " + r.table1Seq());
            }
            r.gbClasses().forEach(c -> hazardClass(c));
        }
    }

    public ResolvedChemical byCas(String cas) {
        return byCas(cas, null);
    }

    /**
     * Resolves by CAS number.
     *
     * @param hazardClass optional Table 2 class added to the chemical's known classes (may be null)
     * @throws ChemicalLookupException when the CAS number is unknown and no class is given, or
     *     ambiguous
     */
    public ResolvedChemical byCas(String cas, String hazardClass) {
        String c = cas.trim();
        Optional<ChemicalRecord> rec = properties.byCas(c);
        if (rec.isPresent()) {
            return fromRecord(rec.get(), hazardClass);
        }
        return fromTable1(catalogue.byCas(c), "CAS " + c, c, c, hazardClass);
    }

    /**
     * Resolves a chemical given by both CAS number and name, as the park's tank data does: the name
     * decides when it names a record with that CAS number ({@code 盐酸(31%)} with 7647-01-0 is
     * hydrochloric acid, not anhydrous hydrogen chloride); otherwise the CAS number decides.
     */
    public ResolvedChemical byCasAndName(String cas, String name, String hazardClass) {
        String c = cas.trim();
        Optional<ChemicalRecord> named = properties.byName(name);
        if (named.isPresent()
                && (named.get().cas().equals(c) || named.get().otherCas().contains(c))) {
            return fromRecord(named.get(), hazardClass);
        }
        return byCas(c, hazardClass);
    }

    public ResolvedChemical byName(String name) {
        return byName(name, null);
    }

    /** Resolves by Chinese or English name or synonym; see {@link #byCas(String, String)}. */
    public ResolvedChemical byName(String name, String hazardClass) {
        Optional<ChemicalRecord> rec = properties.byName(name);
        if (rec.isPresent()) {
            return fromRecord(rec.get(), hazardClass);
        }
        return fromTable1(catalogue.byName(name), "name " + name, name.trim(), "", hazardClass);
    }

    /** A chemical known only by its Table 2 class, e.g. {@code W2} for an unnamed flammable gas. */
    public ResolvedChemical byClass(String code) {
        HazardClass hc = hazardClass(code);
        return build(
                "表2 " + hc.code() + " " + hc.categoryZh(),
                "Table 2 class " + hc.code() + " " + hc.categoryEn(),
                "",
                List.of(),
                List.of(hc.code()),
                null);
    }

    private ResolvedChemical fromTable1(
            List<NamedChemical> rows, String what, String label, String cas, String hazardClass) {
        if (rows.size() > 1) {
            throw new ChemicalLookupException(
                    what
                            + " matches several GB 18218 Table 1 rows: "
                            + rows.stream()
                                    .map(r -> r.seq() + " " + r.nameZh())
                                    .collect(Collectors.joining("; "))
                            + " — give the exact name");
        }
        if (rows.isEmpty()) {
            if (hazardClass == null) {
                throw new ChemicalLookupException(
                        what
                                + " is in neither GB 18218 Table 1 nor the park's chemicals "
                                + "data; give its Table 2 class as hazardClass");
            }
            return build(
                    label,
                    label,
                    cas,
                    cas.isEmpty() ? List.of() : List.of(cas),
                    List.of(hazardClass),
                    null);
        }
        NamedChemical row = rows.get(0);
        for (String rc : row.casNumbers()) {
            Optional<ChemicalRecord> rec = properties.byCas(rc);
            if (rec.isPresent() && Integer.valueOf(row.seq()).equals(rec.get().table1Seq())) {
                return fromRecord(rec.get(), hazardClass);
            }
        }
        Set<String> classes = new LinkedHashSet<>(catalogue.table1Classes(row.seq()));
        if (hazardClass != null) {
            classes.add(hazardClass);
        }
        return build(
                row.nameZh(),
                row.nameEn(),
                cas.isEmpty() ? row.primaryCas() : cas,
                row.casNumbers(),
                List.copyOf(classes),
                row);
    }

    private ResolvedChemical fromRecord(ChemicalRecord r, String hazardClass) {
        Set<String> classes = new LinkedHashSet<>(r.gbClasses());
        if (hazardClass != null) {
            classes.add(hazardClass);
        }
        List<String> cas = new ArrayList<>();
        cas.add(r.cas());
        cas.addAll(r.otherCas());
        NamedChemical row =
                r.table1Seq() == null ? null : catalogue.bySeq(r.table1Seq()).orElseThrow();
        return build(r.nameZh(), r.nameEn(), r.cas(), cas, List.copyOf(classes), row);
    }

    private ResolvedChemical build(
            String nameZh,
            String nameEn,
            String cas,
            List<String> casNumbers,
            List<String> classCodes,
            NamedChemical row) {
        List<HazardClass> classes = classCodes.stream().map(this::hazardClass).toList();
        List<String> codes = classes.stream().map(HazardClass::code).toList();
        Double q = null;
        String qBasis = "none";
        if (row != null) {
            q = row.criticalQuantityT();
            qBasis = "table1:" + row.seq();
        } else if (!classes.isEmpty()) {
            HazardClass min =
                    classes.stream()
                            .min(Comparator.comparingDouble(HazardClass::criticalQuantityT))
                            .get();
            q = min.criticalQuantityT();
            qBasis = "table2:" + min.code();
        }
        if (q == null) {
            return new ResolvedChemical(
                    nameZh, nameEn, cas, codes, null, null, "none", null, "none");
        }
        Optional<NamedBeta> named =
                casNumbers.stream().map(catalogue::namedBeta).flatMap(Optional::stream).findFirst();
        if (row != null && named.isEmpty()) {
            named =
                    row.casNumbers().stream()
                            .map(catalogue::namedBeta)
                            .flatMap(Optional::stream)
                            .findFirst();
        }
        Double beta = null;
        String betaBasis = "none";
        if (named.isPresent()) {
            beta = named.get().beta();
            betaBasis = "table3";
        } else if (!classes.isEmpty()) {
            HazardClass max =
                    classes.stream().max(Comparator.comparingDouble(HazardClass::beta)).get();
            beta = max.beta();
            betaBasis = "table4:" + max.code();
        }
        return new ResolvedChemical(
                nameZh,
                nameEn,
                cas,
                codes,
                row == null ? null : row.seq(),
                q,
                qBasis,
                beta,
                betaBasis);
    }

    private HazardClass hazardClass(String code) {
        return catalogue
                .hazardClass(code)
                .orElseThrow(
                        () ->
                                new ChemicalLookupException(
                                        "unknown GB 18218 Table 2 class "
                                                + code
                                                + " (J1–J5, W1.1–W11)"));
    }
}
