package org.parkwatch.model.logistics.gate;

import java.time.LocalDate;

/**
 * A driver's hazmat qualification (危险货物道路运输从业资格).
 *
 * @param id the driver's id in the registry (certificate number)
 * @param name the driver's name
 * @param qualificationValidUntil last day of the qualification, inclusive
 */
public record DriverDocs(String id, String name, LocalDate qualificationValidUntil) {}
