package org.parkwatch.backend.alarm.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmManager;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;

/**
 * The demo's gas-leak scenario through the pure parts: chlorine readings rise at the detectors of
 * bullet V101 → alarms (after the gas on-delay) → journal → correlation → one confirmed-leak
 * incident.
 */
class LeakScenarioTest {
    static final long T = 1_700_000_000_000L;
    static final ParkCatalog PARK = ParkCatalog.loadDemo();

    @Test
    void risingChlorineAtThreeDetectorsGivesOneLeakIncident() {
        List<AlarmDefinition> defs = DefaultAlarmDefinitions.from(PARK);
        List<Incident> incidents = new ArrayList<>();
        CorrelationEngine correlation =
                new CorrelationEngine(
                        CorrelationConfig.defaults(),
                        new CatalogFeatureLocator(PARK),
                        "INC-",
                        incidents::add);
        AlarmManager[] holder = new AlarmManager[1];
        AlarmManager manager =
                new AlarmManager(
                        defs,
                        e -> {
                            AlarmDefinition d = holder[0].definition(e.alarmId()).orElseThrow();
                            AlarmSignal.of(
                                            e,
                                            d,
                                            PARK.tag(d.tagId())
                                                    .map(TagDefinition::kind)
                                                    .orElse(null))
                                    .ifPresent(correlation::onAlarm);
                        });
        holder[0] = manager;
        // one sample per second; the plume reaches GD103 first, then GD101 and GD104 (ppm; H = 0.3,
        // HH = 0.6)
        double[][] ppm = {
            {0.0, 0.1, 0.4, 0.7, 0.9, 1.2, 1.5},
            {0.2, 0.5, 0.8, 1.1, 1.4, 1.8, 2.0},
            {0.0, 0.0, 0.2, 0.4, 0.6, 0.8, 1.0}
        };
        String[] tags = {"E01.GD101.GAS", "E01.GD103.GAS", "E01.GD104.GAS"};
        for (int s = 0; s < 7; s++) {
            for (int d = 0; d < 3; d++)
                manager.onSample(Sample.of(tags[d], ppm[d][s], T + s * 1000L));
        }
        List<Incident> open = correlation.open();
        assertEquals(1, open.size(), open.toString());
        Incident leak = open.get(0);
        assertEquals(Incident.Kind.LEAK, leak.kind());
        assertTrue(
                leak.alarmIds()
                        .containsAll(
                                List.of(
                                        "E01.GD101.GAS.H",
                                        "E01.GD103.GAS.H",
                                        "E01.GD104.GAS.H",
                                        "E01.GD103.GAS.HH")),
                leak.alarmIds().toString());
        // GD103 H from t=1 s, GD101 H from t=2 s: both hold through the 2 s on-delay → confirmed at
        // t=4 s
        assertEquals(T + 4000, leak.openedMs());
        double d = Geo.distanceM(new LonLat(leak.lon(), leak.lat()), positionOf("E01-V101"));
        assertTrue(d < 5, d + " m");
    }

    static LonLat positionOf(String feature) {
        return new CatalogFeatureLocator(PARK).position(feature).orElseThrow();
    }
}
