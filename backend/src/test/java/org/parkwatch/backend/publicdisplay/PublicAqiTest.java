package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public display's AQI against HJ 633-2012 Table 1 and equation (1). */
class PublicAqiTest {

    @Test
    void aqiLevelColourAndPrimaryPollutantFromThePublishedReadings() {
        // PM2.5 98 µg/m³: (150−100)/(115−75)·(98−75) + 100 = 128.75 → 129; SO2 1 h 100 → 33.3;
        // CO 1 h 2 mg/m³ → 2/5·50 = 20; TVOC has no AQI item.
        JsonObject a =
                PublicAqi.of(
                        Map.of(
                                Pollutant.PM25, 98.0,
                                Pollutant.SO2, 100.0,
                                Pollutant.CO, 2.0,
                                Pollutant.VOC, 900.0),
                        Map.of(
                                Pollutant.PM25, "ug/m3",
                                Pollutant.SO2, "ug/m3",
                                Pollutant.CO, "mg/m3",
                                Pollutant.VOC, "ug/m3"));
        assertEquals(129, a.getInteger("aqi"));
        assertEquals("III", a.getString("level"));
        assertEquals("轻度污染", a.getString("categoryZh"));
        assertEquals("#FF7E00", a.getString("colour"));
        assertEquals(1, a.getJsonArray("primary").size());
        assertTrue(a.getJsonArray("primary").getJsonObject(0).getString("nameZh").contains("PM"));
        assertEquals(3, a.getJsonArray("subIndices").size(), "PM2.5, SO2 and CO; not TVOC");
        assertTrue(a.getString("noteZh").contains("实时"));
    }

    @Test
    void noAqiPollutantNoAqi() {
        assertNull(PublicAqi.of(Map.of(Pollutant.VOC, 500.0), Map.of(Pollutant.VOC, "ug/m3")));
        assertNull(
                PublicAqi.of(Map.of(Pollutant.PM25, Double.NaN), Map.of(Pollutant.PM25, "ug/m3")));
    }
}
