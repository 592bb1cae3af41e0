package org.parkwatch.model.logistics.gate;

import java.util.List;

/**
 * The gate's answer: allowed only without findings; {@code waybill} is the one the entry is for
 * (the one that matched best), or null when the truck has none for the day.
 */
public record GateDecision(List<GateFinding> findings, Waybill waybill) {
    public GateDecision {
        findings = List.copyOf(findings);
    }

    public boolean allowed() {
        return findings.isEmpty();
    }
}
