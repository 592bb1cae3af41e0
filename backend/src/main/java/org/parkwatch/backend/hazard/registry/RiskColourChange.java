package org.parkwatch.backend.hazard.registry;

import java.time.LocalDate;

/**
 * One entry of an enterprise's risk colour history.
 *
 * @param enterpriseId enterprise
 * @param colour colour assigned
 * @param since first day it applies
 * @param reason why (assessment, incident, rectification)
 */
public record RiskColourChange(
        String enterpriseId, RiskColour colour, LocalDate since, String reason) {}
