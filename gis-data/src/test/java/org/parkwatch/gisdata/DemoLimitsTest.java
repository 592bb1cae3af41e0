package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.environment.AqiCalculator;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AveragingPeriod;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.environment.Medium;
import org.parkwatch.model.environment.Pollutant;

/**
 * The demo park's limits file parses and agrees with the AQI tables where both cite GB 3095-2012.
 */
class DemoLimitsTest {

    static final String RESOURCE = "parkwatch/demo-park/environment/limits.csv";

    static List<EnvLimit> load() throws Exception {
        try (InputStream in = DemoLimitsTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            return LimitsCsv.parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        }
    }

    @Test
    void coversTheParksMediaAndCharacteristicPollutants() throws Exception {
        Map<Medium, Set<Pollutant>> byMedium =
                load().stream()
                        .collect(
                                Collectors.groupingBy(
                                        EnvLimit::medium,
                                        Collectors.mapping(
                                                EnvLimit::pollutant, Collectors.toSet())));
        assertTrue(
                byMedium.get(Medium.AMBIENT)
                        .containsAll(
                                EnumSet.of(
                                        Pollutant.SO2,
                                        Pollutant.NO2,
                                        Pollutant.CO,
                                        Pollutant.O3,
                                        Pollutant.PM10,
                                        Pollutant.PM2_5)));
        assertEquals(
                EnumSet.of(
                        Pollutant.CL2,
                        Pollutant.NH3,
                        Pollutant.H2S,
                        Pollutant.BENZENE,
                        Pollutant.METHANOL,
                        Pollutant.TVOC),
                byMedium.get(Medium.FENCE_LINE));
        assertEquals(
                EnumSet.of(Pollutant.COD, Pollutant.NH3_N, Pollutant.TP, Pollutant.PH),
                byMedium.get(Medium.WASTEWATER));
    }

    @Test
    void gb3095ClassTwoLimitsAreTheHj633IaqiHundredBreakpoints() throws Exception {
        // HJ 633-2012 §3.5 ties IAQI 100 to the GB 3095-2012 class II limit: two tables, one
        // number.
        int checked = 0;
        for (EnvLimit l : load()) {
            AqiItem item = aqiItem(l);
            if (item != null && l.standard().equals("GB 3095-2012")) {
                assertEquals(100, AqiCalculator.subIndex(item, l.max()).iaqi(), l.id());
                checked++;
            }
        }
        assertEquals(10, checked);
    }

    private static AqiItem aqiItem(EnvLimit l) {
        String suffix =
                switch (l.averaging()) {
                    case HOUR_1 -> "_1H";
                    case HOUR_24 -> "_24H";
                    case HOUR_8_DAILY_MAX -> "_8H";
                    default -> null;
                };
        if (suffix == null
                || l.averaging() == AveragingPeriod.HOUR_1
                        && EnumSet.of(Pollutant.PM10, Pollutant.PM2_5).contains(l.pollutant())) {
            return null;
        }
        try {
            return AqiItem.valueOf(l.pollutant().name() + suffix);
        } catch (IllegalArgumentException notAnAqiItem) {
            return null;
        }
    }
}
