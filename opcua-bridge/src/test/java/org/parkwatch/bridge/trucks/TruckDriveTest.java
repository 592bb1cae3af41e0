package org.parkwatch.bridge.trucks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A 1 km path due east driven at 36 km/h (10 m/s), 100 s standing, 50 s resting. */
class TruckDriveTest {
    private static final double LAT = 35.25;
    private static final double DLON_1KM = 1000 / (111_320 * Math.cos(Math.toRadians(LAT)));
    private static final List<double[]> PATH =
            List.of(new double[] {113.9, LAT}, new double[] {113.9 + DLON_1KM, LAT});

    private static TruckDrive drive() {
        return new TruckDrive(PATH, 36, 100, 50, 0);
    }

    @Test
    void drivesInStandsDrivesOutAndRests() {
        TruckDrive d = drive();
        assertEquals(1000, d.pathM(), 0.5);
        check(d.at(0), 113.9, 36, 90);
        check(d.at(50), 113.9 + DLON_1KM / 2, 36, 90);
        check(d.at(150), 113.9 + DLON_1KM, 0, 90);
        check(d.at(250), 113.9 + DLON_1KM / 2, 36, 270);
        check(d.at(330), 113.9, 0, 270);
        check(d.at(351), 113.9 + DLON_1KM / 100, 36, 90); // the next cycle
    }

    @Test
    void aDetourLeavesThePathAndComesBackWhereItLeft() {
        TruckDrive d = drive();
        double north = 200 / 111_320.0;
        d.detour(50, List.<double[]>of(new double[] {113.9 + DLON_1KM / 2, LAT + north}));
        TruckDrive.Fix away = d.at(70);
        assertEquals(LAT + north, away.lat(), 1e-7);
        assertEquals(0, away.courseDeg());
        // 400 m of detour at 10 m/s: back on the path at 90 s where it left it at 50 s, 10 m on at
        // 91 s
        check(d.at(91), 113.9 + DLON_1KM * 0.51, 36, 90);
        check(d.at(100), 113.9 + DLON_1KM * 0.6, 36, 90);
    }

    private static void check(TruckDrive.Fix f, double lon, double kmh, int course) {
        assertEquals(lon, f.lon(), 1e-7, "lon");
        assertEquals(LAT, f.lat(), 1e-7, "lat");
        assertEquals(kmh, f.speedKmh(), 1e-9, "speed");
        assertEquals(course, f.courseDeg(), "course");
    }
}
