package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;

/** Writes a {@link GradingResult} as the JSON of the {@code gb18218} calculator and the hazard API. */
public final class GradingJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private GradingJson() {
    }

    /**
     * {@code {"s","isMajorHazard","r","level","levelLabel","alpha","exposedPeople","items":[…],"arithmetic":{"zh","en"}}};
     * r, level and levelLabel are null when the unit is not a major hazard installation.
     */
    public static ObjectNode toJson(GradingResult g) {
        ObjectNode o = F.objectNode();
        o.put("s", clean(g.s()));
        o.put("isMajorHazard", g.majorHazard());
        putNullable(o, "r", g.r());
        if (g.level() == null) {
            o.putNull("level");
            o.putNull("levelLabel");
        } else {
            o.put("level", g.level());
            o.putObject("levelLabel").put("zh", GradeBands.labelZh(g.level())).put("en", GradeBands.labelEn(g.level()));
        }
        o.put("alpha", clean(g.alpha()));
        o.put("exposedPeople", g.exposedPeople());
        ArrayNode items = o.putArray("items");
        g.items().forEach(i -> items.add(item(i)));
        o.putObject("arithmetic").put("zh", g.arithmeticZh()).put("en", g.arithmeticEn());
        return o;
    }

    private static ObjectNode item(GradedItem i) {
        ResolvedChemical c = i.chemical();
        ObjectNode o = F.objectNode();
        o.put("name", c.nameZh());
        o.put("nameEn", c.nameEn());
        o.put("cas", c.cas());
        ArrayNode classes = o.putArray("classes");
        c.classes().forEach(classes::add);
        if (c.table1Seq() == null) {
            o.putNull("table1Seq");
        } else {
            o.put("table1Seq", c.table1Seq());
        }
        o.put("counted", c.counts());
        o.put("q", clean(i.quantityT()));
        putNullable(o, "criticalQuantityT", c.criticalQuantityT());
        o.put("qBasis", c.qBasis());
        putNullable(o, "ratio", i.ratio());
        putNullable(o, "beta", c.beta());
        o.put("betaBasis", c.betaBasis());
        putNullable(o, "betaRatio", i.betaRatio());
        return o;
    }

    private static void putNullable(ObjectNode o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, clean(v));
        }
    }

    /** Rounds to 12 significant digits: drops binary noise (1.7999999999999998 → 1.8), keeps every real digit. */
    static double clean(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(TWELVE_DIGITS).doubleValue();
    }
}
