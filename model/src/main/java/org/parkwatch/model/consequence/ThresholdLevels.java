package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Threshold levels for threat zones. Source: docs/domain/consequence.md "Threshold zones" [U; GB/T
 * 37243-2019 appendix G is normative and wins where it differs]. Toxic levels in ppm (ERPG-1/2/3;
 * AEGL-1/2/3 for 60 min) are read from {@link ToxicChemicals}, with their sources there; radiation
 * in kW/m², overpressure in MPa. Molar masses (kg/mol) for the ppm ↔ kg/m³ conversion at 25 °C.
 */
public final class ThresholdLevels {

    /** Toxic levels of one chemical; NaN where a level is not defined. */
    public record ToxicLevels(
            String chemical,
            double molarMassKgPerMol,
            double erpg1,
            double erpg2,
            double erpg3,
            double aegl1,
            double aegl2,
            double aegl3) {}

    /**
     * Every chemical of {@link ToxicChemicals}, by formula key; NaN where a level is not defined.
     */
    public static final Map<String, ToxicLevels> TOXIC = toxicLevels();

    private static Map<String, ToxicLevels> toxicLevels() {
        Map<String, ToxicLevels> out = new LinkedHashMap<>();
        for (ToxicChemical c : ToxicChemicals.ALL.values()) {
            out.put(
                    c.key(),
                    new ToxicLevels(
                            c.key(),
                            c.molarMassKgPerMol(),
                            ppm(c, "ERPG-1"),
                            ppm(c, "ERPG-2"),
                            ppm(c, "ERPG-3"),
                            ppm(c, "AEGL-1"),
                            ppm(c, "AEGL-2"),
                            ppm(c, "AEGL-3")));
        }
        return Collections.unmodifiableMap(out);
    }

    private static double ppm(ToxicChemical c, String id) {
        return c.level(id).map(ToxicChemical.Level::ppm).orElse(Double.NaN);
    }

    /** Radiation thresholds (kW/m²), most severe first [U]. */
    public static final List<Threshold> RADIATION =
            List.of(
                    new Threshold(
                            "37.5kW",
                            37.5,
                            "kW/m2",
                            "设备损坏，约 1 分钟内致死",
                            "Equipment damage; lethal in about a minute"),
                    new Threshold("25kW", 25, "kW/m2", "木材无引火自燃", "Unpiloted ignition of wood"),
                    new Threshold(
                            "12.5kW",
                            12.5,
                            "kW/m2",
                            "木材引燃，1 分钟 1% 死亡",
                            "Piloted ignition; 1 % lethality in a minute"),
                    new Threshold("4kW", 4, "kW/m2", "约 20 秒后疼痛", "Pain after about 20 s"),
                    new Threshold(
                            "1.6kW", 1.6, "kW/m2", "长期暴露无不适", "No discomfort for long exposure"));

    /** Overpressure thresholds (MPa), most severe first [U]. */
    public static final List<Threshold> OVERPRESSURE =
            List.of(
                    new Threshold("0.02MPa", 0.02, "MPa", "建筑物严重损坏", "Heavy structural damage"),
                    new Threshold("0.01MPa", 0.01, "MPa", "耳膜破裂阈值", "Eardrum rupture threshold"),
                    new Threshold("0.003MPa", 0.003, "MPa", "玻璃破碎", "Glass breakage"));

    private ThresholdLevels() {}

    /** The toxic levels of a chemical (formula key, e.g. {@code Cl2}). */
    public static ToxicLevels toxic(String chemical) {
        ToxicLevels levels = TOXIC.get(chemical);
        if (levels == null) {
            throw new IllegalArgumentException(
                    "no toxic levels for " + chemical + "; known: " + TOXIC.keySet());
        }
        return levels;
    }

    /** ERPG-3, ERPG-2, ERPG-1 (most severe first) of a chemical, skipping undefined levels. */
    public static List<Threshold> erpg(String chemical) {
        ToxicLevels l = toxic(chemical);
        List<Threshold> out = new ArrayList<>();
        add(out, "ERPG-3", l.erpg3(), "ERPG-3：1 小时暴露可危及生命", "ERPG-3: life-threatening within 1 h");
        add(
                out,
                "ERPG-2",
                l.erpg2(),
                "ERPG-2：1 小时暴露可致严重或不可逆伤害",
                "ERPG-2: serious or irreversible effects within 1 h");
        add(
                out,
                "ERPG-1",
                l.erpg1(),
                "ERPG-1：1 小时暴露仅有轻微短暂影响",
                "ERPG-1: mild, transient effects within 1 h");
        return out;
    }

    /**
     * AEGL-3, AEGL-2, AEGL-1 (60 min, most severe first) of a chemical, skipping undefined levels.
     */
    public static List<Threshold> aegl(String chemical) {
        ToxicLevels l = toxic(chemical);
        List<Threshold> out = new ArrayList<>();
        add(out, "AEGL-3", l.aegl3(), "AEGL-3（60 分钟）：危及生命", "AEGL-3 (60 min): life-threatening");
        add(
                out,
                "AEGL-2",
                l.aegl2(),
                "AEGL-2（60 分钟）：不可逆伤害",
                "AEGL-2 (60 min): irreversible effects");
        add(out, "AEGL-1", l.aegl1(), "AEGL-1（60 分钟）：明显不适", "AEGL-1 (60 min): notable discomfort");
        return out;
    }

    private static void add(List<Threshold> out, String id, double ppm, String zh, String en) {
        if (!Double.isNaN(ppm)) {
            out.add(new Threshold(id, ppm, "ppm", zh, en));
        }
    }
}
