package org.parkwatch.backend.hazard.registry;

/**
 * A tank or vessel of a unit with its chemical, capacity and operating conditions.
 *
 * @param id installation id (tank number)
 * @param enterpriseId owner
 * @param unitId unit it belongs to
 * @param kind tank, vessel, reactor, column, warehouse …
 * @param chemicalCas CAS number of the stored or processed chemical
 * @param capacityM3 geometric capacity (m³), &gt; 0
 * @param designPressureKPa design pressure (kPa gauge)
 * @param designTemperatureC design temperature (°C)
 * @param hasSis a safety instrumented system protects it
 */
public record Installation(
        String id,
        String enterpriseId,
        String unitId,
        String kind,
        String chemicalCas,
        double capacityM3,
        double designPressureKPa,
        double designTemperatureC,
        boolean hasSis) {}
