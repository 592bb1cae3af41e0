package org.parkwatch.model.logistics.gate;

import java.time.LocalDate;

/**
 * A hazmat vehicle's documents as the park registry holds them.
 *
 * @param plate licence plate, e.g. 豫A12345
 * @param carrier the carrier (运输企业)
 * @param tankType tank type as registered (e.g. 常压罐, 压力罐)
 * @param capacityT rated load of the tank, t
 * @param permitValidUntil last day of the road transport permit (道路运输证), inclusive
 */
public record VehicleDocs(
        String plate,
        String carrier,
        String tankType,
        double capacityT,
        LocalDate permitValidUntil) {}
