package org.parkwatch.backend.hazard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform knows about one chemical of the park: identity, GB 18218 placement, GHS
 * classes, regulatory flags and physical/toxic properties, each with its source. Loaded by {@link
 * ChemicalProperties}.
 *
 * @param id stable key, e.g. {@code chlorine}
 * @param cas CAS number
 * @param otherCas further CAS numbers the record stands for (propane, butane for LPG)
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param synonyms trade and common names used for lookup
 * @param unNumber UN number, or null
 * @param table1Seq GB 18218 Table 1 row, or null
 * @param gbClasses GB 18218 Table 2 classes (for Q when not in Table 1 and for β when not in Table
 *     3)
 * @param gbNote remark on the GB 18218 placement, or empty
 * @param ghs GHS classes
 * @param flags regulatory flags
 * @param properties named values: {@code molarMassGPerMol}, {@code normalBoilingPointC}, {@code
 *     liquidDensityKgPerM3}, {@code heatOfCombustionMJPerKg}, {@code heatOfVaporisationKJPerKg},
 *     {@code liquidHeatCapacityJPerKgK}, {@code lelVolPct}, {@code uelVolPct}, {@code
 *     erpg1Ppm}…{@code erpg3Ppm}, {@code aegl1Ppm60min}…{@code aegl3Ppm60min}
 */
public record ChemicalRecord(
        String id,
        String cas,
        List<String> otherCas,
        String nameZh,
        String nameEn,
        List<String> synonyms,
        String unNumber,
        Integer table1Seq,
        List<String> gbClasses,
        String gbNote,
        List<GhsClass> ghs,
        RegulatoryFlags flags,
        Map<String, SourcedValue> properties) {

    public ChemicalRecord {
        otherCas = List.copyOf(otherCas);
        synonyms = List.copyOf(synonyms);
        gbClasses = List.copyOf(gbClasses);
        ghs = List.copyOf(ghs);
        properties = Map.copyOf(properties);
    }

    /** A property by name, e.g. {@code liquidDensityKgPerM3}. */
    public Optional<SourcedValue> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }
}
