package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;

/**
 * Writes a {@link GradingResult} as the JSON of the {@code gb18218} calculator and the hazard API.
 */
public final class GradingJson {

    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private GradingJson() {}

    /**
     * {@code
     * {"s","isMajorHazard","r","level","levelLabel","alpha","exposedPeople","items":[…],"arithmetic":{"zh","en"}}};
     * r, level and levelLabel are null when the unit is not a major hazard installation.
     */
    public static JsonObject toJson(GradingResult g) {
        JsonObject o = new JsonObject();
        o.put("s", clean(g.s()));
        o.put("isMajorHazard", g.majorHazard());
        putNullable(o, "r", g.r());
        if (g.level() == null) {
            o.putNull("level");
            o.putNull("levelLabel");
        } else {
            o.put("level", g.level());
            o.put(
                    "levelLabel",
                    new JsonObject()
                            .put("zh", GradeBands.labelZh(g.level()))
                            .put("en", GradeBands.labelEn(g.level())));
        }
        o.put("alpha", clean(g.alpha()));
        o.put("exposedPeople", g.exposedPeople());
        JsonArray items = new JsonArray();
        g.items().forEach(i -> items.add(item(i)));
        o.put("items", items);
        o.put(
                "arithmetic",
                new JsonObject().put("zh", g.arithmeticZh()).put("en", g.arithmeticEn()));
        return o;
    }

    private static JsonObject item(GradedItem i) {
        ResolvedChemical c = i.chemical();
        JsonObject o = new JsonObject();
        o.put("name", c.nameZh());
        o.put("nameEn", c.nameEn());
        o.put("cas", c.cas());
        o.put("classes", new JsonArray(new ArrayList<>(c.classes())));
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
        // only on lines not from tanks or design data, e.g. "chemical-lots": stock from the lot
        // ledger (issue 16)
        if (i.sourceId() != null) o.put("source", i.sourceId());
        return o;
    }

    static void putNullable(JsonObject o, String field, Double v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, clean(v));
        }
    }

    /**
     * Rounds to 12 significant digits: drops binary noise (1.7999999999999998 → 1.8), keeps every
     * real digit.
     */
    static double clean(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(TWELVE_DIGITS).doubleValue();
    }
}
