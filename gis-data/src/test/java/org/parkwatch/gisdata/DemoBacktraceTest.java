package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.environment.backtrace.BackTracer;
import org.parkwatch.model.environment.backtrace.BacktraceOptions;
import org.parkwatch.model.environment.backtrace.BacktraceResult;
import org.parkwatch.model.environment.backtrace.CandidateSource;
import org.parkwatch.model.environment.backtrace.EpisodeSynthesizer;
import org.parkwatch.model.environment.backtrace.Observations;
import org.parkwatch.model.environment.backtrace.Station;
import org.parkwatch.model.environment.backtrace.WindSample;

/**
 * Back-tracing on the demo park's geometry: chlorine leaking from E01's bullet V101 in the
 * north-west corner while the wind veers from west to north over six hours, read by the four
 * boundary air stations. Every tank of the park is offered as a candidate, as if the inventory were
 * unknown, so that the geometry and the wind alone must find E01 (E02's ammonia tanks and E06's
 * tanks lie on the same westerly line towards the north station).
 */
class DemoBacktraceTest {

    private static final double LEAK_KG_PER_S = 0.2;
    private static final double LEAK_HEIGHT_M = 2.0;

    @Test
    void chlorineAtTheBoundaryStationsIsTracedToE01() {
        List<Station> stations =
                DemoPark.ofKind("air-station").stream()
                        .map(
                                f -> {
                                    Coordinate c = DemoPark.centreMetres(f);
                                    return new Station(f.id(), c.x, c.y, 3.0);
                                })
                        .toList();
        assertEquals(8, stations.size());
        List<CandidateSource> candidates =
                DemoPark.ofKind("tank").stream()
                        .map(
                                f -> {
                                    Coordinate c = DemoPark.centreMetres(f);
                                    return new CandidateSource(
                                            f.id(),
                                            f.enterpriseId(),
                                            c.x,
                                            c.y,
                                            LEAK_HEIGHT_M,
                                            Set.of(Pollutant.CL2));
                                })
                        .toList();
        CandidateSource v101 =
                candidates.stream()
                        .filter(c -> c.id().equals("E01-V101"))
                        .findFirst()
                        .orElseThrow();

        List<WindSample> wind = veeringWind(360);
        BacktraceOptions options = BacktraceOptions.PARK_DEFAULTS;
        double[][] readings =
                new EpisodeSynthesizer(options, 0.5, 0.3, 1.0, 17)
                        .readings(
                                stations, wind, v101.xM(), v101.yM(), LEAK_HEIGHT_M, LEAK_KG_PER_S);
        BacktraceResult r =
                new BackTracer(options)
                        .rank(
                                new Observations(stations, wind, readings, 60),
                                candidates,
                                Pollutant.CL2);

        assertEquals(candidates.size(), r.ranking().size());
        assertEquals(
                "E01", r.ranking().get(0).source().enterpriseId(), r.ranking().get(0).toString());
        double e01 = r.confidenceByEnterprise().get("E01");
        assertTrue(e01 > 0.9, "E01 confidence " + e01 + " of " + r.confidenceByEnterprise());
        assertEquals(LEAK_KG_PER_S, r.ranking().get(0).releaseRateKgPerS(), 0.25 * LEAK_KG_PER_S);
    }

    /** 1-minute wind veering from 270° to 350°, meandering ±10°, 2.5–3.5 m/s, class D then C. */
    private static List<WindSample> veeringWind(int minutes) {
        List<WindSample> out = new ArrayList<>();
        for (int t = 0; t < minutes; t++) {
            double from = 270 + 80.0 * t / minutes + 10 * Math.sin(2 * Math.PI * t / 30.0);
            double speed = 3.0 + 0.5 * Math.sin(2 * Math.PI * t / 90.0);
            out.add(
                    new WindSample(
                            from, speed, t < minutes / 2 ? StabilityClass.D : StabilityClass.C));
        }
        return out;
    }
}
