package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chemicals data of the park ({@code hazard/chemicals.json}): lookup by id, CAS number or name
 * (Chinese, English or synonym; case- and whitespace-insensitive). Where two records share a CAS
 * number (anhydrous hydrogen chloride and hydrochloric acid) lookup by CAS returns the one listed
 * in GB 18218 Table 1.
 */
public final class ChemicalProperties {

    static final String RESOURCE = "hazard/chemicals.json";

    private final List<ChemicalRecord> records;
    private final Map<String, ChemicalRecord> byId = new LinkedHashMap<>();
    private final Map<String, ChemicalRecord> byCas = new LinkedHashMap<>();
    private final Map<String, ChemicalRecord> byName = new LinkedHashMap<>();

    ChemicalProperties(List<ChemicalRecord> records) {
        this.records = List.copyOf(records);
        for (ChemicalRecord r : records) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate id " + r.id());
            }
            List<String> cas = new ArrayList<>(r.otherCas());
            cas.add(0, r.cas());
            cas.forEach(c -> byCas.merge(c, r, (old, neu) -> neu.table1Seq() != null ? neu : old));
            List<String> names = new ArrayList<>(r.synonyms());
            names.add(r.nameZh());
            names.add(r.nameEn());
            names.forEach(
                    n -> {
                        ChemicalRecord prev = byName.put(NameKey.of(n), r);
                        if (prev != null && prev != r) {
                            throw new IllegalStateException(
                                    RESOURCE
                                            + ": name "
                                            + n
                                            + " used by "
                                            + prev.id()
                                            + " and "
                                            + r.id());
                        }
                    });
        }
    }

    /**
     * Loads {@code hazard/chemicals.json} from the classpath; fails naming the record index when
     * malformed.
     */
    public static ChemicalProperties loadDefault() {
        return new ChemicalProperties(ChemicalJson.readDefault());
    }

    public List<ChemicalRecord> all() {
        return records;
    }

    public Optional<ChemicalRecord> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ChemicalRecord> byCas(String cas) {
        return Optional.ofNullable(byCas.get(cas == null ? "" : cas.trim()));
    }

    /**
     * By name or synonym; when the full name is unknown, by the name without a trailing bracketed
     * qualifier, so that {@code 盐酸(31%)} finds hydrochloric acid and {@code 液碱(32%氢氧化钠)} sodium
     * hydroxide.
     */
    public Optional<ChemicalRecord> byName(String name) {
        String key = NameKey.of(name);
        ChemicalRecord r = byName.get(key);
        int open = key.indexOf('(');
        if (r == null && open > 0) {
            r = byName.get(key.substring(0, open));
        }
        return Optional.ofNullable(r);
    }
}
