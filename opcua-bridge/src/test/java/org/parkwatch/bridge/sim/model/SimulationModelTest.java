package org.parkwatch.bridge.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

class SimulationModelTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** 2026-06-21 00:00 in Henan. */
    static final Instant MIDNIGHT = Instant.parse("2026-06-20T16:00:00Z");

    static List<TagDefinition> fixtureTags() {
        try {
            Path park =
                    Path.of(SimulationModelTest.class.getResource("/sim-park/park.json").toURI())
                            .getParent();
            return ParkCatalog.load(park).allTags();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SimulationModel model(long seed) {
        return new SimulationModel(fixtureTags(), seed, SHANGHAI, MIDNIGHT);
    }

    /** Steps the model for {@code seconds} at 1 s ticks. */
    static void run(SimulationModel m, int fromS, int seconds) {
        for (int s = fromS + 1; s <= fromS + seconds; s++) m.step(MIDNIGHT.plusSeconds(s));
    }

    @Test
    void sameSeedGivesTheSameRun() {
        SimulationModel a = model(42);
        SimulationModel b = model(42);
        run(a, 0, 600);
        run(b, 0, 600);
        assertEquals(a.snapshot(), b.snapshot());
        SimulationModel c = model(43);
        run(c, 0, 600);
        assertNotEquals(a.number("E01.TK101.LT"), c.number("E01.TK101.LT"));
    }

    @Test
    void tankLevelFillsAndEmptiesInsideTheBandBelowTheHighLimit() {
        SimulationModel m = model(1);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int s = 1; s <= 4 * 3600; s++) {
            m.step(MIDNIGHT.plusSeconds(s));
            double level = m.number("E01.TK101.LT");
            min = Math.min(min, level);
            max = Math.max(max, level);
        }
        // 0..15 m range, band 20 %..80 % (3..12 m) kept 2 % of range below H = 12 m: 3.0..11.7 m
        assertTrue(min > 2.9 && min < 3.3, "lowest level " + min);
        assertTrue(max > 11.4 && max < 11.75, "highest level " + max);
    }

    @Test
    void processValuesStayInsideTheirAlarmBandsAndMove() {
        SimulationModel m = model(3);
        double first = m.number("E01.U1.FT");
        boolean moved = false;
        for (int s = 1; s <= 3600; s++) {
            m.step(MIDNIGHT.plusSeconds(s));
            double flow = m.number("E01.U1.FT");
            assertTrue(
                    flow > 10 && flow < 40, "flow " + flow + " outside L..H 10..40 at " + s + " s");
            double pressure = m.number("E01.TK101.PT");
            assertTrue(pressure > 200 && pressure < 1000, "pressure " + pressure);
            double gas = m.number("E01.GD1.AT");
            assertTrue(gas >= 0 && gas < 0.2, "clean-air chlorine " + gas + " ppm");
            moved |= Math.abs(flow - first) > 0.5;
        }
        assertTrue(moved, "the flow never drifted");
    }

    @Test
    void discreteTagsAreFalseExceptRunState() {
        SimulationModel m = model(5);
        run(m, 0, 60);
        assertEquals(false, m.value("E01.SIS1.TRIP"));
        assertEquals(false, m.value("E01.SIS1.BYP"));
        assertEquals(false, m.value("E01.GD1.FLT"));
        assertEquals(true, m.value("E01.U1.RUN"));
    }

    @Test
    void weatherFollowsTheDayAndStaysInRange() {
        SimulationModel m = model(9);
        for (int s = 1; s <= 24 * 3600; s += 1) {
            m.step(MIDNIGHT.plusSeconds(s));
            double ws = m.number("PARK.WS1.WS");
            double wd = m.number("PARK.WS1.WD");
            assertTrue(ws >= 1 && ws <= 6, "wind speed " + ws);
            assertTrue(wd >= 0 && wd < 360, "wind direction " + wd);
            if (s == 2 * 3600) assertEquals(0.0, m.number("PARK.WS1.SR"), "solar at 02:00");
            if (s == 12 * 3600)
                assertTrue(
                        m.number("PARK.WS1.SR") > 600, "solar at noon " + m.number("PARK.WS1.SR"));
        }
    }

    @Test
    void airQualityPeaksAtRushHourAboveTheNightLevel() {
        SimulationModel m = model(11);
        run(m, 0, 4 * 3600);
        double night = m.number("PARK.AQ1.PM25");
        run(m, 4 * 3600, 4 * 3600);
        double morning = m.number("PARK.AQ1.PM25");
        assertTrue(morning > night * 1.2, "08:00 " + morning + " vs 04:00 " + night);
        assertTrue(morning < 75, "below the H limit: " + morning);
    }

    @Test
    void forcedValuesHoldUntilReleased() {
        SimulationModel m = model(13);
        m.force("PARK.WS1.WD", 270);
        m.force("E01.SIS1.TRIP", "true");
        run(m, 0, 30);
        assertEquals(270.0, m.value("PARK.WS1.WD"));
        assertEquals(true, m.value("E01.SIS1.TRIP"));
        assertEquals(new Wind(m.number("PARK.WS1.WS"), 270.0), m.wind());
        m.release("E01.SIS1.TRIP");
        run(m, 30, 1);
        assertEquals(false, m.value("E01.SIS1.TRIP"));
    }

    @Test
    void badForcedValuesNameTheTag() {
        SimulationModel m = model(13);
        var e =
                assertThrows(
                        IllegalArgumentException.class, () -> m.force("E01.SIS1.TRIP", "maybe"));
        assertTrue(
                e.getMessage().contains("E01.SIS1.TRIP")
                        && e.getMessage().contains("true or false"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.force("E01.TK101.LT", "high"));
        assertTrue(
                e.getMessage().contains("E01.TK101.LT") && e.getMessage().contains("finite number"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> m.force("E99.X", 1));
        assertTrue(e.getMessage().contains("unknown tag 'E99.X'"), e.getMessage());
    }

    @Test
    void controlledProcessValueStaysNearItsSetpointOnTheDemoPark() {
        var demo = org.parkwatch.model.park.ParkCatalog.loadDemo();
        SimulationModel m = new SimulationModel(demo.allTags(), 7, SHANGHAI, MIDNIGHT);
        var pv = demo.tag("E01.U200.PT").orElseThrow();
        double band =
                (pv.max() - pv.min()) * 0.05; // the park's default deviation band (5 % of range)
        double sp = m.number("E01.U200.PT_SP");
        double worst = 0;
        for (int s = 1; s <= 3600; s++) {
            m.step(MIDNIGHT.plusSeconds(s));
            worst = Math.max(worst, Math.abs(m.number("E01.U200.PT") - sp));
        }
        assertEquals(sp, m.number("E01.U200.PT_SP"), 0.0, "a setpoint stays put");
        assertTrue(
                worst < band,
                "worst deviation over an hour " + worst + " kPa within the band " + band);
    }
}
