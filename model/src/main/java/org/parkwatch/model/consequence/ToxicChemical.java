package org.parkwatch.model.consequence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The toxic data of one chemical: molar mass, ERPG and AEGL (60 min) levels and lethality probits,
 * each number with its source and status. Held in {@link ToxicChemicals}, the one place these
 * numbers live.
 *
 * @param key formula key, e.g. {@code Cl2}, {@code COCl2}
 * @param catalogueId id of the chemical in the park's chemicals data, e.g. {@code chlorine}
 * @param cas CAS registry number
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param molarMassKgPerMol M (kg/mol), from IUPAC standard atomic weights
 * @param erpg ERPG-3, -2, -1 (most severe first; undefined levels omitted)
 * @param aegl AEGL-3, -2, -1 for 60 min (most severe first; undefined levels omitted)
 * @param probits lethality probits, one per published constant set
 */
public record ToxicChemical(
        String key,
        String catalogueId,
        String cas,
        String nameZh,
        String nameEn,
        double molarMassKgPerMol,
        List<Level> erpg,
        List<Level> aegl,
        List<Probit> probits) {

    public ToxicChemical {
        erpg = List.copyOf(erpg);
        aegl = List.copyOf(aegl);
        probits = List.copyOf(probits);
    }

    /**
     * One guideline level.
     *
     * @param id {@code ERPG-2}, {@code AEGL-3} …
     * @param ppm the level (ppm, v/v ×10⁶)
     * @param source where the number comes from
     * @param status [V] verified in the source, [P] partly, [U] not yet checked
     */
    public record Level(String id, double ppm, String source, String status) {}

    /**
     * A lethality probit Y = a + b·ln(Cⁿ·t), t in minutes; C in ppm (CCPS) or mg/m³ (Purple Book).
     *
     * @param set the published constant set
     * @param a constant a
     * @param b constant b
     * @param n exponent n
     * @param source where the constants come from
     * @param status [V], [P] or [U]
     */
    public record Probit(
            ToxicProbit.ConstantSet set,
            double a,
            double b,
            double n,
            String source,
            String status) {}

    /** The level with the given id ({@code ERPG-1} …), if defined. */
    public Optional<Level> level(String id) {
        return Stream.concat(erpg.stream(), aegl.stream())
                .filter(l -> l.id().equals(id))
                .findFirst();
    }

    /** The probit of a constant set, if published for this chemical. */
    public Optional<Probit> probit(ToxicProbit.ConstantSet set) {
        return probits.stream().filter(p -> p.set() == set).findFirst();
    }
}
