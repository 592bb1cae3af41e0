package org.parkwatch.backend.emergency;

import java.util.List;

/**
 * One resource under unified dispatch: a team, a vehicle, an expert (专家库), a material store or a
 * shelter.
 *
 * @param kind finer kind: {@code fire-brigade}, {@code foam-tender}, {@code shelter} …
 * @param enterpriseId the owner ({@code PARK} for the park's own)
 * @param lon EPSG:4326; NaN for an expert (no place to travel from)
 * @param capacity members of a team, people a shelter holds; 0 otherwise
 * @param specialities an expert's fields; empty otherwise
 * @param items a store's stock items; empty otherwise
 */
public record EmergencyResource(
        String id,
        Type type,
        String kind,
        String nameZh,
        String nameEn,
        String enterpriseId,
        double lon,
        double lat,
        int capacity,
        List<String> specialities,
        List<StockItem> items) {

    public EmergencyResource {
        specialities = List.copyOf(specialities);
        items = List.copyOf(items);
    }

    /**
     * What kind of thing it is: dispatchable ({@code TEAM}, {@code VEHICLE}, {@code EXPERT}) or
     * not.
     */
    public enum Type {
        TEAM,
        VEHICLE,
        EXPERT,
        STORE,
        SHELTER;

        /** Teams, vehicles and experts are sent; stores issue material; shelters receive people. */
        public boolean dispatchable() {
            return this == TEAM || this == VEHICLE || this == EXPERT;
        }
    }

    /**
     * A stock item of a store, as catalogued (the live quantity is in the database).
     *
     * @param unit {@code t}, {@code set}, {@code m3}
     * @param quantity the catalogued quantity, the start value of the stock
     * @param foam true for foam concentrate (counted against the foam demand)
     */
    public record StockItem(
            String item,
            String nameZh,
            String nameEn,
            String unit,
            double quantity,
            boolean foam) {}
}
