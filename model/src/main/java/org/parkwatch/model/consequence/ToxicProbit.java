package org.parkwatch.model.consequence;

import java.util.Map;

/**
 * Toxic probit Y = a + b·ln(Cⁿ·t) for one chemical and one named constant set [U — check against
 * GB/T 37243 appendix H]. CCPS uses C in ppm, the Purple Book C in mg/m³; both use t in minutes.
 * Conversions assume 25 °C and 101.325 kPa (molar volume 24.45 L/mol).
 */
public final class ToxicProbit {

    /** The published constant sets; the result names which one was used. */
    public enum ConstantSet {
        CCPS("ccps"),
        PURPLE_BOOK("purple-book");

        private final String key;

        ConstantSet(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static ConstantSet parse(String text) {
            for (ConstantSet s : values()) {
                if (s.key.equalsIgnoreCase(text)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("expected ccps or purple-book but was " + text);
        }
    }

    /** Molar volume of an ideal gas at 25 °C, 101.325 kPa (m³/mol). */
    public static final double MOLAR_VOLUME_M3_PER_MOL = 0.024465;

    private final ConstantSet set;
    private final String chemical;
    private final double a;
    private final double b;
    private final double n;

    /**
     * @param chemical formula key: Cl2, NH3, H2S or HCN
     * @throws IllegalArgumentException when the set has no row for the chemical
     */
    public ToxicProbit(ConstantSet set, String chemical) {
        Map<String, double[]> table =
                set == ConstantSet.CCPS
                        ? ProbitConstants.TOXIC_CCPS
                        : ProbitConstants.TOXIC_PURPLE_BOOK;
        double[] row = table.get(chemical);
        if (row == null) {
            throw new IllegalArgumentException(
                    "no " + set.key() + " probit for " + chemical + "; known: " + table.keySet());
        }
        this.set = set;
        this.chemical = chemical;
        this.a = row[0];
        this.b = row[1];
        this.n = row[2];
    }

    /** Probit from a concentration in ppm (v/v ×10⁶) held for t minutes. */
    public double probitFromPpm(double ppm, double minutes, double molarMassKgPerMol) {
        double c = set == ConstantSet.CCPS ? ppm : ppmToMgPerM3(ppm, molarMassKgPerMol);
        if (c <= 0 || minutes <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return a + b * Math.log(Math.pow(c, n) * minutes);
    }

    /** Probit from a concentration in kg/m³ held for t seconds. */
    public double probitFromKgPerM3(double kgPerM3, double seconds, double molarMassKgPerMol) {
        return probitFromPpm(
                kgPerM3ToPpm(kgPerM3, molarMassKgPerMol), seconds / 60.0, molarMassKgPerMol);
    }

    /** ppm → mg/m³ at 25 °C. */
    public static double ppmToMgPerM3(double ppm, double molarMassKgPerMol) {
        return ppm * molarMassKgPerMol * 1000.0 / (MOLAR_VOLUME_M3_PER_MOL * 1000.0);
    }

    /** ppm → kg/m³ at 25 °C. */
    public static double ppmToKgPerM3(double ppm, double molarMassKgPerMol) {
        return ppmToMgPerM3(ppm, molarMassKgPerMol) * 1e-6;
    }

    /** kg/m³ → ppm at 25 °C. */
    public static double kgPerM3ToPpm(double kgPerM3, double molarMassKgPerMol) {
        return kgPerM3 / ppmToKgPerM3(1.0, molarMassKgPerMol);
    }

    public ConstantSet set() {
        return set;
    }

    public String chemical() {
        return chemical;
    }
}
