package org.parkwatch.backend.hazard;

/**
 * One row of GB 18218-2018 Table 5: the correction factor α for the number of people outside the
 * plant who live within 500 m of the unit boundary.
 *
 * @param minPeople lowest head count of the band (inclusive)
 * @param maxPeople highest head count of the band (inclusive); {@link Integer#MAX_VALUE} for the
 *     open top band
 * @param alpha correction factor α (dimensionless)
 */
public record AlphaBand(int minPeople, int maxPeople, double alpha) {

    public boolean contains(int people) {
        return people >= minPeople && people <= maxPeople;
    }
}
