package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.BacktraceOptions;
import org.parkwatch.model.environment.backtrace.BacktraceResult;
import org.parkwatch.model.environment.backtrace.CandidateSource;
import org.parkwatch.model.environment.backtrace.EpisodeSynthesizer;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.environment.backtrace.WindSample;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The back-trace service on the demo park with a history holding a VOC episode from E06's benzene
 * tank TK101: 1-minute buckets of the four stations' VOC tags and the weather station's wind,
 * overcast (class D).
 */
class BacktraceServiceTest {

    private static final AirNetwork NETWORK = new AirNetwork(ParkCatalog.loadDemo());
    private static final long FROM = 1_780_000_000_000L - 1_780_000_000_000L % 60_000;
    private static final int MINUTES = 180;

    @Test
    void vocEpisodeIsTracedToItsTank() throws Exception {
        CandidateSource truth =
                NETWORK.candidates().stream()
                        .filter(c -> c.id().equals("E06-TK101"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(truth.holds().contains(Pollutant.TVOC));
        List<WindSample> wind = new ArrayList<>();
        for (int t = 0; t < MINUTES; t++) {
            wind.add(
                    new WindSample(
                            200 + 60.0 * t / MINUTES + 8 * Math.sin(t / 5.0),
                            3.0,
                            StabilityClass.D));
        }
        List<Station> stations =
                NETWORK.stations().stream().map(AirNetwork.AirStation::station).toList();
        double[][] readings =
                new EpisodeSynthesizer(BacktraceOptions.PARK_DEFAULTS, 30, 0.2, 2, 5)
                        .readings(
                                stations,
                                wind,
                                truth.xM(),
                                truth.yM(),
                                truth.releaseHeightM(),
                                0.05);
        Map<String, double[]> series = new HashMap<>();
        for (int s = 0; s < stations.size(); s++) {
            double[] column = new double[MINUTES];
            for (int t = 0; t < MINUTES; t++) {
                column[t] = readings[t][s];
            }
            series.put(NETWORK.stations().get(s).tags().get(Pollutant.TVOC).id(), column);
        }
        series.put("PARK.WS1.WS", wind.stream().mapToDouble(WindSample::speed10mMPerS).toArray());
        series.put(
                "PARK.WS1.WD",
                wind.stream().mapToDouble(w -> (w.windFromDeg() + 360) % 360).toArray());
        series.put("PARK.WS1.CC", new double[MINUTES]);
        java.util.Arrays.fill(series.get("PARK.WS1.CC"), 8); // overcast: Pasquill D day and night
        BacktraceService service =
                new BacktraceService(
                        NETWORK, (tag, from, to, buckets) -> trend(series, tag, from, to, buckets));

        BacktraceResult r = service.trace(Pollutant.TVOC, FROM, FROM + MINUTES * 60_000L);
        assertEquals(
                "E06", r.ranking().get(0).source().enterpriseId(), r.ranking().get(0).toString());
        assertTrue(
                r.confidenceByEnterprise().get("E06") > 0.9, r.confidenceByEnterprise().toString());
        assertEquals(MINUTES * stations.size(), r.samplesUsed());
        assertTrue(r.ranking().stream().allMatch(x -> x.source().holds().contains(Pollutant.TVOC)));
    }

    @Test
    void refusesAPollutantNoStationMeasuresAndABadWindow() {
        BacktraceService service =
                new BacktraceService(
                        NETWORK,
                        (tag, from, to, b) -> new Trend(tag, from, to, (to - from) / b, List.of()));
        IllegalArgumentException noStation =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> service.trace(Pollutant.COD, FROM, FROM + 3_600_000L));
        assertTrue(noStation.getMessage().contains("COD"), noStation.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> service.trace(Pollutant.TVOC, FROM, FROM + 60_000L));
        IllegalArgumentException step =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> service.trace(Pollutant.TVOC, FROM, FROM + 3_600_000L, 5_000));
        assertTrue(step.getMessage().contains("step"), step.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> service.trace(Pollutant.TVOC, FROM, FROM + 90_000L, 10_000));
        assertThrows(IllegalArgumentException.class, () -> EnvironmentSignals.parse("smog"));
        assertEquals(Pollutant.TVOC, EnvironmentSignals.parse("voc"));
    }

    private static Trend trend(
            Map<String, double[]> series, String tag, long from, long to, int buckets) {
        double[] values = series.get(tag);
        long bucketMs = (to - from) / buckets;
        List<Trend.Point> points = new ArrayList<>();
        for (int i = 0; values != null && i < Math.min(buckets, values.length); i++) {
            double v = values[i];
            points.add(new Trend.Point(from + i * bucketMs, v, v, v, v, 1));
        }
        return new Trend(tag, from, to, bucketMs, points);
    }
}
