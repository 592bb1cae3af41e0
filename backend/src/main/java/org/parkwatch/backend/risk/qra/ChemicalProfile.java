package org.parkwatch.backend.risk.qra;

import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.SourcedValue;
import org.parkwatch.model.consequence.BurningRate;
import org.parkwatch.model.consequence.ProbitConstants;
import org.parkwatch.model.consequence.ToxicChemical;
import org.parkwatch.model.consequence.ToxicChemicals;

/**
 * What the QRA needs to know of a chemical to pick its outcomes: flammability (heat of combustion,
 * LEL), toxic probit key, boiling point (liquefied gas or liquid), molar mass and liquid density.
 * NaN marks a missing number.
 *
 * @param id chemical id, e.g. {@code lpg}
 * @param molarMassKgPerMol M (kg/mol)
 * @param boilingPointC normal boiling point (°C)
 * @param liquidDensityKgPerM3 ρ (kg/m³)
 * @param heatOfCombustionJPerKg Hc (J/kg), NaN when it does not burn
 * @param lelVolPct lower flammable limit (vol %), NaN when it does not burn
 * @param burningRateKgPerM2S pool burning rate m″ (kg/m²·s)
 * @param toxicProbitKey formula key of the CCPS toxic probit ({@code ToxicChemicals}), or null
 * @param liquidHeatCapacityJPerKgK Cp of the liquid (J/kg·K), NaN when unknown (for the flash
 *     fraction)
 * @param heatOfVaporisationJPerKg Hv (J/kg), NaN when unknown (flash fraction, vapour pressure)
 */
public record ChemicalProfile(
        String id,
        double molarMassKgPerMol,
        double boilingPointC,
        double liquidDensityKgPerM3,
        double heatOfCombustionJPerKg,
        double lelVolPct,
        double burningRateKgPerM2S,
        String toxicProbitKey,
        double liquidHeatCapacityJPerKgK,
        double heatOfVaporisationJPerKg) {

    /**
     * A profile without the thermal data of the source term (everything released becomes airborne).
     */
    public ChemicalProfile(
            String id,
            double molarMassKgPerMol,
            double boilingPointC,
            double liquidDensityKgPerM3,
            double heatOfCombustionJPerKg,
            double lelVolPct,
            double burningRateKgPerM2S,
            String toxicProbitKey) {
        this(
                id,
                molarMassKgPerMol,
                boilingPointC,
                liquidDensityKgPerM3,
                heatOfCombustionJPerKg,
                lelVolPct,
                burningRateKgPerM2S,
                toxicProbitKey,
                Double.NaN,
                Double.NaN);
    }

    /** The profile of a catalogue record. */
    public static ChemicalProfile of(ChemicalRecord r) {
        double hc = prop(r, "heatOfCombustionMJPerKg") * 1e6;
        double tb = prop(r, "normalBoilingPointC");
        double burning = QraConstants.DEFAULT_BURNING_RATE_KG_PER_M2S;
        double cp = prop(r, "liquidHeatCapacityJPerKgK");
        double hv = prop(r, "heatOfVaporisationKJPerKg") * 1e3;
        if (Double.isFinite(hc)
                && Double.isFinite(cp)
                && Double.isFinite(hv)
                && Double.isFinite(tb)
                && tb > QraConstants.LIQUEFIED_GAS_BOILING_C) {
            burning = BurningRate.kgPerM2S(hc, cp, tb + 273.15, QraConstants.AMBIENT_K, hv);
        }
        // every chemical with a CCPS probit in the model's one toxic data source
        String key =
                ToxicChemicals.byCatalogueId(r.id())
                        .map(ToxicChemical::key)
                        .filter(ProbitConstants.TOXIC_CCPS::containsKey)
                        .orElse(null);
        return new ChemicalProfile(
                r.id(),
                prop(r, "molarMassGPerMol") / 1000,
                tb,
                prop(r, "liquidDensityKgPerM3"),
                hc,
                prop(r, "lelVolPct"),
                burning,
                key,
                cp,
                hv);
    }

    private static double prop(ChemicalRecord r, String name) {
        return r.property(name).map(SourcedValue::value).orElse(Double.NaN);
    }

    public boolean toxic() {
        return toxicProbitKey != null;
    }

    /**
     * Burns in the QRA: has Hc and LEL, unless it is a toxic gas that is hard to ignite (ammonia).
     */
    public boolean flammable() {
        boolean burns =
                Double.isFinite(heatOfCombustionJPerKg)
                        && heatOfCombustionJPerKg > 0
                        && Double.isFinite(lelVolPct);
        return burns && !(toxic() && lelVolPct >= QraConstants.TOXIC_ONLY_LEL_VOL_PCT);
    }

    /** Stored as a liquid under its own vapour pressure (boiling point below ambient). */
    public boolean liquefiedGas() {
        return Double.isFinite(boilingPointC)
                && boilingPointC < QraConstants.LIQUEFIED_GAS_BOILING_C;
    }

    /** Has any outcome the QRA models. */
    public boolean modelled() {
        return toxic() || flammable();
    }

    /** The same chemical at the density of a tank's feature (storage temperature and pressure). */
    public ChemicalProfile withDensity(double kgPerM3) {
        return new ChemicalProfile(
                id,
                molarMassKgPerMol,
                boilingPointC,
                kgPerM3,
                heatOfCombustionJPerKg,
                lelVolPct,
                burningRateKgPerM2S,
                toxicProbitKey,
                liquidHeatCapacityJPerKgK,
                heatOfVaporisationJPerKg);
    }
}
