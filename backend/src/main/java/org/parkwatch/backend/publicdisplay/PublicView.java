package org.parkwatch.backend.publicdisplay;

/**
 * What the public routes can reach: four encoded JSON documents of the delayed snapshot. The routes
 * hold nothing else, so the public API cannot reach any other part of the backend.
 */
public interface PublicView {
    /** {@code GET /api/public/status}. */
    String statusJson();

    /** {@code GET /api/public/air}. */
    String airJson();

    /** {@code GET /api/public/park} (GeoJSON). */
    String parkJson();

    /** {@code GET /api/public/disclosure}: exceedances of the day and month, discharge permits. */
    String disclosureJson();
}
