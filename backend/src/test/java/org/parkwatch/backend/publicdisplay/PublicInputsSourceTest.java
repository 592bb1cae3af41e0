package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.backend.alarm.correlation.CatalogFeatureLocator;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

class PublicInputsSourceTest {
    private static final ParkCatalog PARK = ParkCatalog.loadDemo();

    @Test
    void airReadingsAreByStationNameWithTheTagListsLimits() {
        long now = System.currentTimeMillis();
        LiveState live = new LiveState(PARK, 3, 30_000, now);
        live.apply(
                live.index().indexOf("PARK.AQ1.PM25"), Sample.of("PARK.AQ1.PM25", 42.5, now), now);
        PublicInputs in = new PublicInputsSource(PARK, live, null).read(now);
        assertEquals(56, in.air().size(), "8 stations × 7 public pollutants of the demo tag list");
        PublicInputs.AirReading pm =
                in.air().stream()
                        .filter(r -> r.station() == 1 && r.pollutant() == Pollutant.PM25)
                        .findFirst()
                        .orElseThrow();
        assertEquals("北界空气站", pm.stationZh());
        assertEquals(42.5, pm.value());
        assertEquals(75, pm.high());
        assertEquals(150, pm.highHigh());
        assertTrue(
                in.air().stream().filter(r -> r != pm).allMatch(r -> Double.isNaN(r.value())),
                "no value yet elsewhere");
    }

    @Test
    void withoutAlarmsTheCountsAreZero() {
        PublicInputs in =
                new PublicInputsSource(PARK, new LiveState(PARK, 3, 30_000, 0), null).read(5);
        assertEquals(5, in.takenMs());
        assertEquals(
                List.of(0, 0, 0),
                List.of(in.activeCritical(), in.activeHigh(), in.openIncidents()));
        assertEquals(SafetyStatus.NORMAL, SafetyStatus.of(in));
    }

    @Test
    void aLostFeedIsNotASafetyStatusButAHighLevelIs() {
        long now = 1_000_000;
        AlarmService alarms =
                new AlarmService(
                        PARK,
                        DefaultAlarmDefinitions.from(PARK),
                        CorrelationConfig.defaults(),
                        new CatalogFeatureLocator(PARK),
                        () -> now,
                        (type, owners, payload, view) -> {},
                        (payload, p) -> payload);
        PublicInputsSource source =
                new PublicInputsSource(PARK, new LiveState(PARK, 3, 30_000, now), alarms);
        alarms.manager().setFeedLost("E02", true, now);
        alarms.manager().tick(now + 120_000);
        assertTrue(
                alarms.manager().active().stream().anyMatch(a -> a.alarmId().startsWith("E02")),
                "feed-lost alarm");
        assertEquals(SafetyStatus.NORMAL, SafetyStatus.of(source.read(now)));

        alarms.manager()
                .onSample(Sample.of("E01.TK201.LT", 7.9, now)); // above HH 7.2 of the demo tag list
        alarms.manager().tick(now + 240_000);
        PublicInputs in = source.read(now + 240_000);
        assertTrue(in.activeCritical() + in.activeHigh() >= 1, in.toString());
        assertTrue(SafetyStatus.of(in) != SafetyStatus.NORMAL);
    }

    @Test
    void aDrillsAlarmsAreNotShownToThePublic() {
        long now = 1_000_000;
        AlarmService alarms =
                new AlarmService(
                        PARK,
                        DefaultAlarmDefinitions.from(PARK),
                        CorrelationConfig.defaults(),
                        new CatalogFeatureLocator(PARK),
                        () -> now,
                        (type, owners, payload, view) -> {},
                        (payload, p) -> payload);
        LiveState live = new LiveState(PARK, 3, 30_000, now);
        // a drill ran from now on
        PublicInputsSource drill = new PublicInputsSource(PARK, live, alarms, ms -> ms >= now);
        PublicInputsSource real = new PublicInputsSource(PARK, live, alarms);
        alarms.manager().onSample(Sample.of("E01.TK201.LT", 7.9, now + 1000));
        alarms.manager().tick(now + 240_000);
        PublicInputs shown = drill.read(now + 240_000);
        assertEquals(0, shown.activeCritical() + shown.activeHigh(), shown.toString());
        assertEquals(SafetyStatus.NORMAL, SafetyStatus.of(shown));
        PublicInputs truth = real.read(now + 240_000);
        assertTrue(truth.activeCritical() + truth.activeHigh() >= 1, "the same alarm, no drill");
    }

    @Test
    void onlyAllowListedPollutantsArePublished() {
        assertTrue(Pollutant.ofSignal("PM25").isPresent());
        assertTrue(Pollutant.ofSignal("VOC").isPresent());
        assertTrue(
                Pollutant.ofSignal("CL2").isEmpty(),
                "a chlorine monitor at the fence is not published");
        assertTrue(
                Pollutant.ofSignal("COD").isEmpty(), "water quality is not on the public display");
    }
}
