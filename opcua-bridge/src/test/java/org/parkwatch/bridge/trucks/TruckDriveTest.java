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

    /**
     * By way of the lot: 500 m east to the slot (50 s), 120 s parked there, 500 m on east to the
     * site (50 s), 100 s standing, the 1 km path back out (100 s), 50 s resting: a 470 s cycle.
     */
    @Test
    void viaTheLotStandsItsParkingTimeThenDrivesOnToTheSite() {
        double[] out = PATH.get(0);
        double[] slot = {113.9 + DLON_1KM / 2, LAT};
        double[] site = PATH.get(1);
        TruckDrive d =
                TruckDrive.viaLot(
                        PATH, List.of(out, slot), 120, List.of(slot, site), 36, 100, 50, 0);
        assertEquals(470, d.cycleS(), 1e-6);
        check(d.at(25), 113.9 + DLON_1KM / 4, 36, 90); // on the way to the lot
        check(d.at(51), 113.9 + DLON_1KM / 2, 0, 90); // reached the slot at 50 s
        check(d.at(110), 113.9 + DLON_1KM / 2, 0, 90); // standing in the lot
        check(d.at(169.9), 113.9 + DLON_1KM / 2, 0, 90); // still there at the end of 120 s
        check(d.at(180), 113.9 + DLON_1KM * 0.6, 36, 90); // driving on to the site
        check(d.at(230), 113.9 + DLON_1KM, 0, 90); // standing at the site from 220 s
        check(d.at(370), 113.9 + DLON_1KM / 2, 36, 270); // on the way out: past the lot, no stop
        check(d.at(430), 113.9, 0, 270); // resting outside from 420 s
        check(d.at(475), 113.9 + DLON_1KM / 20, 36, 90); // 5 s into the next cycle
    }

    @Test
    void aFleetOffsetStartsPartWayThroughTheLotVisit() {
        double[] slot = {113.9 + DLON_1KM / 2, LAT};
        TruckDrive d =
                TruckDrive.viaLot(
                        PATH,
                        List.of(PATH.get(0), slot),
                        120,
                        List.of(slot, PATH.get(1)),
                        36,
                        100,
                        50,
                        100);
        check(d.at(0), 113.9 + DLON_1KM / 2, 0, 90); // 100 s into its cycle: parked
        check(d.at(71), 113.9 + DLON_1KM * 0.51, 36, 90); // 170 s on: left the lot 1 s ago
    }

    private static void check(TruckDrive.Fix f, double lon, double kmh, int course) {
        assertEquals(lon, f.lon(), 1e-7, "lon");
        assertEquals(LAT, f.lat(), 1e-7, "lat");
        assertEquals(kmh, f.speedKmh(), 1e-9, "speed");
        assertEquals(course, f.courseDeg(), "course");
    }
}
