package org.parkwatch.model.risk;

/**
 * A protection target (防护目标) of GB 36894 at a place in local metres.
 *
 * @param id stable id (e.g. the GIS feature id)
 * @param name display name
 * @param protection its class
 * @param eastM local metres east
 * @param northM local metres north
 */
public record ProtectionTarget(
        String id, String name, ProtectionClass protection, double eastM, double northM) {}
