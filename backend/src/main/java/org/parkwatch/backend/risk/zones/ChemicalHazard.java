package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.GhsClass;
import org.parkwatch.backend.hazard.SourcedValue;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.Threshold;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.ToxicChemicals;

/**
 * The properties of a chemical that threat zones need, read from the hazard module's chemicals data
 * ({@code hazard/chemicals.json}): molar mass, boiling point, heats of combustion and vaporisation,
 * ERPG levels (from the model's {@code ToxicChemicals}) and whether its GHS classes make it
 * flammable or toxic by inhalation. Missing numbers are NaN.
 *
 * @param toxicThresholds ERPG-3, ERPG-2, ERPG-1 (ppm), most severe first, skipping undefined ones
 */
public record ChemicalHazard(
        String id,
        String cas,
        String nameZh,
        String nameEn,
        double molarMassKgPerMol,
        double boilingPointK,
        double heatOfCombustionJPerKg,
        double heatOfVaporisationJPerKg,
        double liquidHeatCapacityJPerKgK,
        double liquidDensityKgPerM3,
        boolean flammable,
        boolean inhalationToxic,
        List<Threshold> toxicThresholds) {

    public ChemicalHazard {
        toxicThresholds = List.copyOf(toxicThresholds);
    }

    /** Reads a record of the chemicals data. */
    public static ChemicalHazard of(ChemicalRecord r) {
        boolean flammable = false;
        boolean inhalation = false;
        for (GhsClass g : r.ghs()) {
            String en = g.en() == null ? "" : g.en().toLowerCase(Locale.ROOT);
            flammable |= en.startsWith("flammable");
            inhalation |= en.startsWith("acute toxicity, inhalation");
        }
        // the one source of toxic levels: the model's ToxicChemicals (ERPG texts there too)
        List<Threshold> levels =
                ToxicChemicals.byCatalogueId(r.id())
                        .map(t -> ThresholdLevels.erpg(t.key()))
                        .orElse(List.of());
        return new ChemicalHazard(
                r.id(),
                r.cas(),
                r.nameZh(),
                r.nameEn(),
                num(r, "molarMassGPerMol") / 1000,
                num(r, "normalBoilingPointC") + 273.15,
                num(r, "heatOfCombustionMJPerKg") * 1e6,
                num(r, "heatOfVaporisationKJPerKg") * 1e3,
                num(r, "liquidHeatCapacityJPerKgK"),
                num(r, "liquidDensityKgPerM3"),
                flammable,
                inhalation,
                levels);
    }

    /**
     * True when it boils below the ambient temperature: a gas or liquefied gas that becomes
     * airborne as released.
     */
    public boolean airborneAsReleased(double ambientK) {
        return boilingPointK < ambientK;
    }

    /**
     * The outcomes drawn when the caller names none: a toxic gas gives toxic zones; a flammable gas
     * also gives the BLEVE fireball and the vapour cloud explosion (TNT equivalence and TNO
     * multi-energy); a flammable liquid gives the pool fire.
     */
    public List<ReleaseOutcome> defaultOutcomes(double ambientK) {
        List<ReleaseOutcome> out = new ArrayList<>();
        boolean gas = airborneAsReleased(ambientK);
        if (gas && !toxicThresholds.isEmpty() && !Double.isNaN(molarMassKgPerMol))
            out.add(ReleaseOutcome.TOXIC);
        if (flammable && !Double.isNaN(heatOfCombustionJPerKg)) {
            if (gas) {
                out.add(ReleaseOutcome.FIREBALL);
                out.add(ReleaseOutcome.VCE);
                out.add(ReleaseOutcome.VCE_MULTI_ENERGY);
            } else {
                out.add(ReleaseOutcome.POOL_FIRE);
            }
        }
        return out;
    }

    /** "氯 (7782-50-5)" style label. */
    public String label() {
        return nameZh + " (" + cas + ")";
    }

    /**
     * Gas density at the normal boiling point (a flashing release), or at ambient for a gas with no
     * data, kg/m³.
     */
    public double releaseDensityKgPerM3(double ambientK) {
        return SourceTermConstants.ATMOSPHERIC_PA
                * molarMassKgPerMol
                / (SourceTermConstants.R_J_PER_MOL_K * releaseTemperatureK(ambientK));
    }

    /**
     * Temperature of the released vapour: the boiling point for a liquefied gas, else ambient, K.
     */
    public double releaseTemperatureK(double ambientK) {
        return boilingPointK < ambientK ? boilingPointK : ambientK;
    }

    private static double num(ChemicalRecord r, String key) {
        return r.property(key).map(SourcedValue::value).orElse(Double.NaN);
    }
}
