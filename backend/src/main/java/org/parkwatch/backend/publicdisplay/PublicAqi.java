package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.AqiCalculator;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiResult;
import org.parkwatch.model.environment.SubIndex;

/**
 * The AQI the public display shows (HJ 633-2012, real-time: 1-hour items) for a set of published
 * readings: IAQI per pollutant, the AQI, its level, category and colour and the primary pollutants
 * (首要污染物). The display's readings are live values, not completed clock-hour means, so every result
 * says so — the public must not take it for the official hourly AQI.
 */
final class PublicAqi {

    /** The real-time AQI item each published pollutant feeds (TVOC feeds none). */
    private static final Map<Pollutant, AqiItem> ITEMS =
            Map.of(
                    Pollutant.PM25, AqiItem.PM2_5_1H,
                    Pollutant.PM10, AqiItem.PM10_1H,
                    Pollutant.SO2, AqiItem.SO2_1H,
                    Pollutant.NO2, AqiItem.NO2_1H,
                    Pollutant.O3, AqiItem.O3_1H,
                    Pollutant.CO, AqiItem.CO_1H);

    static final String NOTE_ZH = "按 HJ 633-2012 由实时浓度计算，非整点小时均值发布结果";
    static final String NOTE_EN =
            "Computed per HJ 633-2012 from live concentrations, not the official clock-hour means";

    private PublicAqi() {}

    /**
     * The AQI of the readings (value and unit per pollutant), or null when no AQI pollutant has a
     * value.
     */
    static JsonObject of(Map<Pollutant, Double> values, Map<Pollutant, String> units) {
        Map<AqiItem, Double> in = new EnumMap<>(AqiItem.class);
        values.forEach(
                (p, v) -> {
                    AqiItem item = ITEMS.get(p);
                    String unit = units.get(p);
                    if (item != null && unit != null && v != null && Double.isFinite(v)) {
                        double c = AirSignals.toItemUnit(v, unit, item);
                        if (Double.isFinite(c)) in.put(item, c);
                    }
                });
        if (in.isEmpty()) return null;
        AqiResult r = AqiCalculator.realTime(in);
        JsonArray primary = new JsonArray();
        for (AqiItem item : r.primary()) {
            primary.add(new JsonObject().put("nameZh", item.nameZh()).put("nameEn", item.nameEn()));
        }
        JsonArray subs = new JsonArray();
        for (SubIndex s : r.subIndices()) {
            subs.add(
                    new JsonObject()
                            .put("nameZh", s.item().nameZh())
                            .put("nameEn", s.item().nameEn())
                            .put("iaqi", s.iaqi()));
        }
        return new JsonObject()
                .put("aqi", r.aqi())
                .put("level", r.level().name())
                .put("levelZh", r.level().levelZh())
                .put("categoryZh", r.level().categoryZh())
                .put("categoryEn", r.level().categoryEn())
                .put("colour", r.level().colourHex())
                .put("primary", primary)
                .put("subIndices", subs)
                .put("noteZh", NOTE_ZH)
                .put("noteEn", NOTE_EN);
    }
}
