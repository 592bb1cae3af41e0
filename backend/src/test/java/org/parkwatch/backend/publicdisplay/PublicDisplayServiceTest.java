package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublicDisplayServiceTest {
    private static final long T0 = 1_764_320_400_000L; // 2025-11-28 09:00 UTC, a whole hour
    private final AtomicLong now = new AtomicLong(T0);
    private final PublicDisplayService service =
            new PublicDisplayService(
                    new PublicDisplayOptions(60_000, 1_000, PublicDisplayOptions.NO_KIOSK, ""),
                    "{\"type\":\"FeatureCollection\",\"features\":[]}",
                    now::get);

    private static PublicInputs inputs(long t, int critical, double pm25North, double pm25East) {
        return new PublicInputs(
                t,
                critical,
                0,
                0,
                List.of(
                        new PublicInputs.AirReading(
                                1,
                                "北界空气站",
                                "north station",
                                Pollutant.PM25,
                                pm25North,
                                "ug/m3",
                                75,
                                150),
                        new PublicInputs.AirReading(
                                2,
                                "东界空气站",
                                "east station",
                                Pollutant.PM25,
                                pm25East,
                                "ug/m3",
                                75,
                                150)));
    }

    @Test
    void statusIsPendingOnlyBeforeTheFirstSnapshot() {
        JsonObject s = new JsonObject(service.statusJson());
        assertEquals("pending", s.getString("status"));
        assertNull(s.getValue("asOfMs"));
    }

    @Test
    void theSafetyStatusIsImmediateWhileTheDetailsWaitForTheDelay() {
        service.take(inputs(T0, 0, 10, 20));
        now.set(T0 + 61_000);
        service.take(inputs(T0 + 61_000, 1, 10, 20)); // a critical alarm: 警戒 at once
        JsonObject s = new JsonObject(service.statusJson());
        assertEquals("alert", s.getString("status"));
        assertEquals("警戒", s.getString("labelZh"));
        assertEquals(T0 + 61_000, s.getLong("asOfMs"));
        assertEquals(T0, s.getLong("detailsAsOfMs"), "the details are the snapshot a delay old");
        assertEquals(60, s.getLong("delaySeconds"));
        // and before any detail is old enough, the status is already there while the air view waits
        PublicDisplayService fresh =
                new PublicDisplayService(
                        new PublicDisplayOptions(60_000, 1_000, PublicDisplayOptions.NO_KIOSK, ""),
                        "{}",
                        now::get);
        fresh.take(inputs(T0 + 61_000, 1, 10, 20));
        assertEquals("alert", new JsonObject(fresh.statusJson()).getString("status"));
        assertNull(new JsonObject(fresh.statusJson()).getValue("detailsAsOfMs"));
        assertEquals("pending", new JsonObject(fresh.airJson()).getString("status"));
    }

    @Test
    void daysSinceTheLastIncidentCountWholeDaysAndAreAbsentWhenNoneIsKnown() {
        service.take(new PublicInputs(T0, 0, 0, 0, T0 - 3 * 86_400_000L - 1, List.of()));
        assertEquals(3, new JsonObject(service.statusJson()).getInteger("daysSinceIncident"));
        service.take(new PublicInputs(T0 + 1, 0, 0, 0, List.of()));
        assertNull(new JsonObject(service.statusJson()).getValue("daysSinceIncident"));
    }

    @Test
    void aChangeShowsOnlyAfterTheDelay() {
        service.take(inputs(T0, 0, 10, 20));
        now.set(T0 + 70_000);
        service.take(inputs(T0 + 70_000, 0, 200, 20));
        JsonObject air = new JsonObject(service.airJson());
        assertEquals(
                10.0,
                air.getJsonArray("stations")
                        .getJsonObject(0)
                        .getJsonArray("readings")
                        .getJsonObject(0)
                        .getDouble("value"));
        assertEquals("good", air.getString("level"));
        now.set(T0 + 130_000);
        air = new JsonObject(service.airJson());
        JsonObject north = air.getJsonArray("stations").getJsonObject(0);
        assertEquals(200.0, north.getJsonArray("readings").getJsonObject(0).getDouble("value"));
        assertEquals("high", north.getString("level"));
        assertEquals("high", air.getString("level"));
        assertEquals(
                110.0,
                air.getJsonArray("park").getJsonObject(0).getDouble("value")); // (200 + 20) / 2
    }

    @Test
    void trendHoldsHourlyMeansOfReleasedSnapshotsOnly() {
        service.take(inputs(T0 + 1_000, 0, 10, 30)); // park mean 20, hour 09
        service.take(inputs(T0 + 2_000, 0, 30, 50)); // park mean 40, hour 09
        service.take(inputs(T0 + 3_600_000, 0, 100, 100)); // hour 10, not yet released below
        now.set(T0 + 3_000_000);
        JsonObject trend = new JsonObject(service.airJson()).getJsonObject("trend");
        assertEquals(24, trend.getJsonArray("hours").size());
        assertEquals(T0, trend.getJsonArray("hours").getLong(23));
        List<?> values =
                trend.getJsonArray("series").getJsonObject(0).getJsonArray("values").getList();
        assertEquals(30.0, values.get(23));
        assertNull(values.get(22));
    }

    @Test
    void airAnswerNamesStationsNotTags() {
        service.take(inputs(T0, 0, Double.NaN, 20));
        now.set(T0 + 60_000);
        String air = service.airJson();
        assertFalse(air.contains("PARK."), air);
        assertFalse(air.contains("AQ1"), air);
        JsonObject north = new JsonObject(air).getJsonArray("stations").getJsonObject(0);
        assertEquals("北界空气站", north.getString("nameZh"));
        assertNull(north.getJsonArray("readings").getJsonObject(0).getValue("value"));
    }
}
