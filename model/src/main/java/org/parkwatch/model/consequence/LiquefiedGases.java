package org.parkwatch.model.consequence;

import java.util.Map;

/**
 * Properties of the liquefied gases whose flashing release the calculator offers by name (chlorine,
 * ammonia, LPG as propane). Handbook values (CRC Handbook / Perry's 8th ed.), rounded, near 20 °C
 * for the liquid [U: not yet checked against NIST WebBook].
 *
 * @param liquidHeatCapacityJPerKgK Cp of the liquid (J/kg·K)
 * @param boilingPointK normal boiling point (K)
 * @param heatOfVaporisationJPerKg Hv at the boiling point (J/kg)
 * @param molarMassKgPerMol M (kg/mol)
 * @param liquidDensityKgPerM3 ρ of the liquid at 20 °C (kg/m³)
 */
public record LiquefiedGases(
        double liquidHeatCapacityJPerKgK,
        double boilingPointK,
        double heatOfVaporisationJPerKg,
        double molarMassKgPerMol,
        double liquidDensityKgPerM3) {

    /** By formula key: Cl2, NH3, LPG (propane). */
    public static final Map<String, LiquefiedGases> BY_KEY =
            Map.of(
                    "Cl2", new LiquefiedGases(950, 239.1, 288e3, 0.070906, 1410),
                    "NH3", new LiquefiedGases(4700, 239.8, 1370e3, 0.017031, 610),
                    "LPG", new LiquefiedGases(2500, 231.1, 426e3, 0.044097, 500));

    /** The flashing release of this gas stored at T (K). */
    public FlashingRelease at(double storageTemperatureK) {
        return new FlashingRelease(
                liquidHeatCapacityJPerKgK,
                boilingPointK,
                heatOfVaporisationJPerKg,
                molarMassKgPerMol,
                liquidDensityKgPerM3,
                storageTemperatureK);
    }
}
