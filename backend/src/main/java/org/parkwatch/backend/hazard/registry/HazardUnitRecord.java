package org.parkwatch.backend.hazard.registry;

/**
 * A production or storage unit of an enterprise, the unit GB 18218 identifies and grades.
 *
 * @param id unit id
 * @param enterpriseId owner
 * @param kind production (bounded by shut-off valves) or storage (bounded by its dike or warehouse)
 * @param nameZh name
 * @param boundaryWkt boundary polygon, WKT in EPSG:4326 lon/lat
 */
public record HazardUnitRecord(
        String id, String enterpriseId, Kind kind, String nameZh, String boundaryWkt) {

    /** 生产单元 or 储存单元. */
    public enum Kind {
        PRODUCTION,
        STORAGE
    }
}
