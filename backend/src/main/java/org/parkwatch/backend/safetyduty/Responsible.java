package org.parkwatch.backend.safetyduty;

/**
 * One responsible person of a major hazard installation.
 *
 * @param unitId the installation (hazard unit id, e.g. {@code E01-TF1})
 * @param sinceMs when the person took the duty, epoch ms (the first check is due a cycle later)
 */
public record Responsible(
        String unitId, DutyRole role, String enterpriseId, String person, long sinceMs) {}
