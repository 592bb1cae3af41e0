package org.parkwatch.backend.hazard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's copy of GB 18218-2018 Tables 1–5 (Table 6 is {@link GradeBands}), loaded from
 * {@code hazard/gb18218-*.csv} on the classpath, with lookups by CAS number, Chinese or English
 * name (case- and whitespace-insensitive, with the trade synonyms of {@code gb18218-synonyms.csv})
 * and by Table 2 class code. Immutable after construction.
 */
public final class Gb18218Catalogue {

    static final String TABLE1 = "hazard/gb18218-table1.csv";
    static final String TABLE2 = "hazard/gb18218-table2.csv";
    static final String TABLE3 = "hazard/gb18218-beta-named.csv";
    static final String TABLE5 = "hazard/gb18218-alpha.csv";
    static final String SYNONYMS = "hazard/gb18218-synonyms.csv";
    static final String TABLE1_CLASSES = "hazard/gb18218-table1-classes.csv";

    private final List<NamedChemical> table1;
    private final Map<String, HazardClass> classes = new LinkedHashMap<>();
    private final Map<String, NamedBeta> namedBetaByCas = new LinkedHashMap<>();
    private final List<AlphaBand> alphaBands;
    private final Map<String, Set<NamedChemical>> byName = new LinkedHashMap<>();
    private final Map<String, Set<NamedChemical>> byCas = new LinkedHashMap<>();
    private final Map<Integer, List<String>> table1Classes;

    private Gb18218Catalogue(
            List<NamedChemical> table1,
            List<HazardClass> classList,
            List<NamedBeta> betas,
            List<AlphaBand> alphaBands,
            Map<String, Integer> synonyms,
            Map<Integer, List<String>> table1Classes) {
        this.table1 = List.copyOf(table1);
        classList.forEach(c -> classes.put(NameKey.of(c.code()), c));
        betas.forEach(b -> namedBetaByCas.put(b.cas(), b));
        this.alphaBands = List.copyOf(alphaBands);
        for (NamedChemical c : table1) {
            nameKeys(c).forEach(k -> byName.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(c));
            c.casNumbers()
                    .forEach(cas -> byCas.computeIfAbsent(cas, x -> new LinkedHashSet<>()).add(c));
        }
        synonyms.forEach(
                (synonym, seq) -> {
                    NamedChemical c =
                            bySeq(seq)
                                    .orElseThrow(
                                            () ->
                                                    new IllegalStateException(
                                                            SYNONYMS
                                                                    + ": synonym "
                                                                    + synonym
                                                                    + " names unknown row "
                                                                    + seq));
                    Map<String, Set<NamedChemical>> index = isCas(synonym) ? byCas : byName;
                    index.computeIfAbsent(
                                    isCas(synonym) ? synonym : NameKey.of(synonym),
                                    x -> new LinkedHashSet<>())
                            .add(c);
                });
        table1Classes.forEach(
                (seq, codes) -> {
                    if (bySeq(seq).isEmpty()) {
                        throw new IllegalStateException(
                                TABLE1_CLASSES + ": unknown Table 1 row " + seq);
                    }
                    codes.forEach(
                            code ->
                                    hazardClass(code)
                                            .orElseThrow(
                                                    () ->
                                                            new IllegalStateException(
                                                                    TABLE1_CLASSES
                                                                            + ": row "
                                                                            + seq
                                                                            + " names unknown class "
                                                                            + code)));
                });
        this.table1Classes = Map.copyOf(table1Classes);
    }

    /**
     * Loads the catalogue from the classpath; fails with the file and line when a file is
     * malformed.
     */
    public static Gb18218Catalogue loadDefault() {
        List<NamedChemical> t1 =
                CsvRows.readResource(TABLE1).stream()
                        .map(
                                r ->
                                        new NamedChemical(
                                                (int) r.number("seq"),
                                                r.required("name_zh"),
                                                r.required("name_en"),
                                                r.text("cas").isEmpty()
                                                        ? List.of()
                                                        : Arrays.asList(r.text("cas").split("/")),
                                                r.number("critical_quantity_t")))
                        .toList();
        List<HazardClass> t2 =
                CsvRows.readResource(TABLE2).stream()
                        .map(
                                r ->
                                        new HazardClass(
                                                r.required("code"),
                                                r.required("category_zh"),
                                                r.required("category_en"),
                                                r.number("critical_quantity_t"),
                                                r.number("beta")))
                        .toList();
        List<NamedBeta> t3 =
                CsvRows.readResource(TABLE3).stream()
                        .map(
                                r ->
                                        new NamedBeta(
                                                r.required("name_zh"),
                                                r.required("name_en"),
                                                r.required("cas"),
                                                r.number("beta")))
                        .toList();
        List<AlphaBand> t5 =
                CsvRows.readResource(TABLE5).stream()
                        .map(
                                r ->
                                        new AlphaBand(
                                                (int) r.number("exposed_people_min"),
                                                r.text("exposed_people_max").isEmpty()
                                                        ? Integer.MAX_VALUE
                                                        : (int) r.number("exposed_people_max"),
                                                r.number("alpha")))
                        .toList();
        Map<String, Integer> synonyms = new LinkedHashMap<>();
        CsvRows.readResource(SYNONYMS)
                .forEach(r -> synonyms.put(r.required("synonym"), (int) r.number("seq")));
        Map<Integer, List<String>> classes = new LinkedHashMap<>();
        CsvRows.readResource(TABLE1_CLASSES)
                .forEach(
                        r ->
                                classes.put(
                                        (int) r.number("seq"),
                                        List.of(r.required("classes").split("\\s+"))));
        return new Gb18218Catalogue(t1, t2, t3, t5, synonyms, classes);
    }

    /** Table 1 rows in the standard's order. */
    public List<NamedChemical> table1() {
        return table1;
    }

    /** Table 2 classes in the standard's order. */
    public List<HazardClass> hazardClasses() {
        return List.copyOf(classes.values());
    }

    /** Table 3 rows. */
    public List<NamedBeta> namedBetas() {
        return List.copyOf(namedBetaByCas.values());
    }

    /** Table 5 rows. */
    public List<AlphaBand> alphaBands() {
        return alphaBands;
    }

    public Optional<NamedChemical> bySeq(int seq) {
        return table1.stream().filter(c -> c.seq() == seq).findFirst();
    }

    /**
     * The project's Table 2 class assignment for a Table 1 row ({@code gb18218-table1-classes.csv},
     * status [U]); empty when the row is not classified there.
     */
    public List<String> table1Classes(int seq) {
        return table1Classes.getOrDefault(seq, List.of());
    }

    /** Table 1 rows listing this CAS number (two rows for ammonium nitrate); empty when none. */
    public List<NamedChemical> byCas(String cas) {
        Set<NamedChemical> hits = byCas.get(cas == null ? "" : cas.trim());
        return hits == null ? List.of() : List.copyOf(hits);
    }

    /**
     * Table 1 rows known by this Chinese or English name or synonym; more than one means the name
     * is ambiguous.
     */
    public List<NamedChemical> byName(String name) {
        Set<NamedChemical> hits = byName.get(NameKey.of(name));
        return hits == null ? List.of() : List.copyOf(hits);
    }

    /** The Table 2 class with this code (case-insensitive, e.g. {@code w5.1}). */
    public Optional<HazardClass> hazardClass(String code) {
        return Optional.ofNullable(classes.get(NameKey.of(code)));
    }

    /** The Table 3 β of the named toxic gas with this CAS number. */
    public Optional<NamedBeta> namedBeta(String cas) {
        return Optional.ofNullable(namedBetaByCas.get(cas == null ? "" : cas.trim()));
    }

    /** The Table 5 band for a head count ≥ 0. */
    public AlphaBand alphaBand(int exposedPeople) {
        if (exposedPeople < 0) {
            throw new IllegalArgumentException("exposed people must be >= 0, got " + exposedPeople);
        }
        return alphaBands.stream()
                .filter(b -> b.contains(exposedPeople))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        TABLE5 + " has no band for " + exposedPeople));
    }

    static boolean isCas(String s) {
        return s.matches("\\d{2,7}-\\d{2}-\\d");
    }

    /**
     * Full names, names without their bracketed qualifier, and a bracketed alias such as 光气 or TDI.
     */
    private static List<String> nameKeys(NamedChemical c) {
        List<String> keys = new ArrayList<>();
        for (String name : List.of(c.nameZh(), c.nameEn())) {
            String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
            keys.add(NameKey.of(n));
            int open = indexOfBracket(n);
            if (open > 0) {
                keys.add(NameKey.of(n.substring(0, open)));
                int close = Math.max(n.lastIndexOf(')'), n.lastIndexOf(']'));
                String inner = close > open ? n.substring(open + 1, close).trim() : "";
                if (!inner.isEmpty() && inner.matches("[^\\s\\d%<>=≤≥,，、]+")) {
                    keys.add(NameKey.of(inner));
                }
            }
        }
        return Collections.unmodifiableList(keys);
    }

    private static int indexOfBracket(String n) {
        int p = n.indexOf('(');
        int b = n.indexOf('[');
        if (p < 0) {
            return b;
        }
        return b < 0 ? p : Math.min(p, b);
    }
}
