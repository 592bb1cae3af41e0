package org.parkwatch.model.logistics.route;

/**
 * The road a position lies on.
 *
 * @param id the road's feature id
 * @param limitKmh the hazmat speed limit on it, km/h
 * @param closedToHazmat the road is closed to hazardous goods (or closed altogether)
 */
public record RoadOnFix(
        String id, String nameZh, String nameEn, double limitKmh, boolean closedToHazmat) {}
