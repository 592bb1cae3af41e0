package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one source of toxic guideline levels (ERPG, AEGL-60 min) and lethality probits for the park's
 * toxic chemicals. The threat zones, the QRA and the calculator all read these rows; the backend's
 * chemicals data holds no toxic levels of its own.
 *
 * <p>Sources: ERPG — AIHA, Emergency Response Planning Guidelines, 2016 handbook; AEGL — US EPA,
 * Acute Exposure Guideline Levels, final/interim values for 60 min; CCPS probits — CCPS (2000)
 * Guidelines for Chemical Process Quantitative Risk Analysis, 2nd ed., §2.3.1 toxic probit table (C
 * in ppm, t in min); Purple Book probits — CPR 18E (1999) "Guidelines for quantitative risk
 * assessment", chapter 5 probit table (C in mg/m³, t in min). Every row is [U] until checked
 * against the source and GB/T 37243-2019 appendix H, which wins where it differs.
 */
public final class ToxicChemicals {

    static final String ERPG_SOURCE = "AIHA ERPG handbook (2016)";
    static final String AEGL_SOURCE = "US EPA AEGL, 60 min";
    static final String CCPS_SOURCE =
            "CCPS (2000) Guidelines for Chemical Process QRA, 2nd ed., toxic probit table";
    static final String PURPLE_SOURCE = "CPR 18E Purple Book (1999), chapter 5 probit table";
    static final String U = "[U]";
    private static final double NA = Double.NaN;

    /** All rows, keyed by formula key, in catalogue order. */
    public static final Map<String, ToxicChemical> ALL =
            index(
                    List.of(
                            row(
                                    "Cl2",
                                    "chlorine",
                                    "7782-50-5",
                                    "氯",
                                    "chlorine",
                                    0.070906,
                                    new double[] {1, 3, 20},
                                    new double[] {0.5, 2.0, 20},
                                    new double[] {-8.29, 0.92, 2},
                                    new double[] {-6.35, 0.5, 2.75}),
                            row(
                                    "NH3",
                                    "ammonia",
                                    "7664-41-7",
                                    "氨",
                                    "ammonia",
                                    0.017031,
                                    new double[] {25, 150, 750},
                                    new double[] {30, 160, 1100},
                                    new double[] {-35.9, 1.85, 2},
                                    new double[] {-15.6, 1, 2}),
                            row(
                                    "H2S",
                                    "hydrogen-sulfide",
                                    "7783-06-4",
                                    "硫化氢",
                                    "hydrogen sulfide",
                                    0.034081,
                                    new double[] {0.1, 30, 100},
                                    new double[] {0.51, 27, 50},
                                    new double[] {-31.42, 3.008, 1.43},
                                    new double[] {-11.5, 1, 1.9}),
                            row(
                                    "HCN",
                                    "hydrogen-cyanide",
                                    "74-90-8",
                                    "氰化氢",
                                    "hydrogen cyanide",
                                    0.027025,
                                    new double[] {NA, 10, 25},
                                    new double[] {2.0, 7.1, 15},
                                    new double[] {-29.42, 3.008, 1.43},
                                    new double[] {-9.8, 1, 2.4}),
                            row(
                                    "HCl",
                                    "hydrogen-chloride",
                                    "7647-01-0",
                                    "氯化氢",
                                    "hydrogen chloride",
                                    0.036461,
                                    new double[] {3, 20, 150},
                                    new double[] {1.8, 22, 100},
                                    new double[] {-16.85, 2.00, 1.00},
                                    null),
                            row(
                                    "HF",
                                    "hydrogen-fluoride",
                                    "7664-39-3",
                                    "氟化氢",
                                    "hydrogen fluoride",
                                    0.020006,
                                    new double[] {2, 20, 50},
                                    new double[] {1.0, 24, 44},
                                    new double[] {-35.87, 3.354, 1.00},
                                    null),
                            row(
                                    "COCl2",
                                    "phosgene",
                                    "75-44-5",
                                    "光气",
                                    "phosgene",
                                    0.098916,
                                    new double[] {NA, 0.5, 1.5},
                                    new double[] {NA, 0.30, 0.75},
                                    new double[] {-19.27, 3.686, 1},
                                    null),
                            row(
                                    "CO",
                                    "carbon-monoxide",
                                    "630-08-0",
                                    "一氧化碳",
                                    "carbon monoxide",
                                    0.028010,
                                    new double[] {200, 350, 500},
                                    new double[] {NA, 83, 330},
                                    new double[] {-37.98, 3.7, 1},
                                    null),
                            row(
                                    "SO2",
                                    "sulfur-dioxide",
                                    "7446-09-5",
                                    "二氧化硫",
                                    "sulfur dioxide",
                                    0.064066,
                                    new double[] {0.3, 3, 25},
                                    new double[] {0.20, 0.75, 30},
                                    new double[] {-15.67, 2.10, 1.00},
                                    null),
                            row(
                                    "C6H6",
                                    "benzene",
                                    "71-43-2",
                                    "苯",
                                    "benzene",
                                    0.078112,
                                    new double[] {50, 150, 1000},
                                    new double[] {52, 800, 4000},
                                    new double[] {-109.78, 5.3, 2},
                                    null),
                            row(
                                    "CH3OH",
                                    "methanol",
                                    "67-56-1",
                                    "甲醇",
                                    "methanol",
                                    0.032042,
                                    new double[] {200, 1000, 5000},
                                    new double[] {530, 2100, 7200},
                                    null,
                                    null),
                            row(
                                    "C7H8",
                                    "toluene",
                                    "108-88-3",
                                    "甲苯",
                                    "toluene",
                                    0.092139,
                                    new double[] {50, 300, 1000},
                                    new double[] {NA, NA, NA},
                                    null,
                                    null)));

    private ToxicChemicals() {}

    /** By formula key ({@code Cl2}). */
    public static Optional<ToxicChemical> byKey(String key) {
        return Optional.ofNullable(ALL.get(key));
    }

    /** By the chemical's id in the park's chemicals data ({@code chlorine}). */
    public static Optional<ToxicChemical> byCatalogueId(String id) {
        return ALL.values().stream().filter(c -> c.catalogueId().equals(id)).findFirst();
    }

    /** By CAS registry number. */
    public static Optional<ToxicChemical> byCas(String cas) {
        return ALL.values().stream().filter(c -> c.cas().equals(cas)).findFirst();
    }

    /** The {a, b, n} rows of one probit set by formula key (for {@link ProbitConstants}). */
    static Map<String, double[]> probitTable(ToxicProbit.ConstantSet set) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ToxicChemical c : ALL.values()) {
            c.probit(set).ifPresent(p -> out.put(c.key(), new double[] {p.a(), p.b(), p.n()}));
        }
        return Collections.unmodifiableMap(out);
    }

    private static ToxicChemical row(
            String key,
            String id,
            String cas,
            String zh,
            String en,
            double molar,
            double[] erpg123,
            double[] aegl123,
            double[] ccps,
            double[] purple) {
        List<ToxicChemical.Level> erpg = levels("ERPG", erpg123, ERPG_SOURCE);
        List<ToxicChemical.Level> aegl = levels("AEGL", aegl123, AEGL_SOURCE);
        List<ToxicChemical.Probit> probits = new ArrayList<>();
        if (ccps != null) {
            probits.add(
                    new ToxicChemical.Probit(
                            ToxicProbit.ConstantSet.CCPS,
                            ccps[0],
                            ccps[1],
                            ccps[2],
                            CCPS_SOURCE,
                            U));
        }
        if (purple != null) {
            probits.add(
                    new ToxicChemical.Probit(
                            ToxicProbit.ConstantSet.PURPLE_BOOK,
                            purple[0],
                            purple[1],
                            purple[2],
                            PURPLE_SOURCE,
                            U));
        }
        return new ToxicChemical(key, id, cas, zh, en, molar, erpg, aegl, probits);
    }

    /**
     * Levels 3, 2, 1 (most severe first) from {level1, level2, level3}, skipping undefined (NaN)
     * ones.
     */
    private static List<ToxicChemical.Level> levels(String family, double[] v123, String source) {
        List<ToxicChemical.Level> out = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            if (!Double.isNaN(v123[i])) {
                out.add(new ToxicChemical.Level(family + "-" + (i + 1), v123[i], source, U));
            }
        }
        return out;
    }

    private static Map<String, ToxicChemical> index(List<ToxicChemical> rows) {
        Map<String, ToxicChemical> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.key(), r));
        return Collections.unmodifiableMap(out);
    }
}
