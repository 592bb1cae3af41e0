package org.parkwatch.bridge.sim.plume;

import java.util.Map;
import java.util.Optional;

/**
 * Molar mass and lower explosive limit of the gases the demo park stores, by CAS number, for
 * converting simulated concentrations to detector units. Textbook values (CRC Handbook molar
 * masses; NIOSH Pocket Guide LELs), status [U]: not yet checked against GB/T 37243 or the
 * detectors' data sheets. Mixtures use a representative component (LPG as propane, gasoline vapour
 * as ~100 g/mol).
 *
 * @param molarMassGPerMol g/mol
 * @param lelVolPercent lower explosive limit, volume %; null for non-flammable gases
 */
public record GasProperties(
        String cas, String nameEn, double molarMassGPerMol, Double lelVolPercent) {

    /**
     * Used for an unknown CAS: air's molar mass, so ppm ≈ mass ratio; the scenario reply says it
     * was used.
     */
    public static final GasProperties UNKNOWN =
            new GasProperties("", "unknown gas (air molar mass)", 28.97, 5.0);

    private static final Map<String, GasProperties> BY_CAS =
            Map.ofEntries(
                    e("7782-50-5", "chlorine", 70.90, null),
                    e("7664-41-7", "ammonia", 17.03, 15.0),
                    e("74-98-6", "propane", 44.10, 2.1),
                    e("68476-85-7", "LPG (as propane)", 44.10, 2.1),
                    e("106-97-8", "butane", 58.12, 1.8),
                    e("67-56-1", "methanol", 32.04, 6.0),
                    e("71-43-2", "benzene", 78.11, 1.2),
                    e("108-88-3", "toluene", 92.14, 1.1),
                    e("1330-20-7", "xylene", 106.17, 0.9),
                    e("86290-81-5", "gasoline vapour", 100.0, 1.4),
                    e("8006-61-9", "gasoline vapour", 100.0, 1.4),
                    e("68334-30-5", "diesel vapour", 200.0, 0.6),
                    e("8002-05-9", "crude oil vapour (light ends)", 80.0, 1.0),
                    e("75-44-5", "phosgene", 98.92, null),
                    e("74-90-8", "hydrogen cyanide", 27.03, 5.6),
                    e("7783-06-4", "hydrogen sulfide", 34.08, 4.0),
                    e("1333-74-0", "hydrogen", 2.016, 4.0),
                    e("74-82-8", "methane", 16.04, 5.0),
                    e("74-85-1", "ethylene", 28.05, 2.7),
                    e("7647-01-0", "hydrogen chloride", 36.46, null),
                    e("630-08-0", "carbon monoxide", 28.01, 12.5),
                    e("107-13-1", "acrylonitrile", 53.06, 3.0),
                    e("7446-09-5", "sulfur dioxide", 64.07, null));

    private static Map.Entry<String, GasProperties> e(
            String cas, String name, double m, Double lel) {
        return Map.entry(cas, new GasProperties(cas, name, m, lel));
    }

    public static Optional<GasProperties> byCas(String cas) {
        return Optional.ofNullable(cas == null ? null : BY_CAS.get(cas.trim()));
    }
}
