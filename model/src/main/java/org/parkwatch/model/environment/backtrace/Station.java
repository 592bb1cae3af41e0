package org.parkwatch.model.environment.backtrace;

/**
 * A monitoring station (receptor) in the park's local plane.
 *
 * @param id station id
 * @param xM metres east of the park origin
 * @param yM metres north of the park origin
 * @param heightM sampling inlet height above ground (m, ≥ 0)
 */
public record Station(String id, double xM, double yM, double heightM) {
    public Station {
        if (!(heightM >= 0)) {
            throw new IllegalArgumentException(
                    "station " + id + ": heightM must be >= 0 but was " + heightM);
        }
    }
}
