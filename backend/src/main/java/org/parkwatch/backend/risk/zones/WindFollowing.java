package org.parkwatch.backend.risk.zones;

/**
 * Whether an incident's zones follow the live wind, and why not.
 *
 * @param wind true when a material wind change re-runs the zones
 * @param reason why they do not (incident closed, an operator's fixed wind …); null when they do
 */
public record WindFollowing(boolean wind, String reason) {}
