package org.parkwatch.backend.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.model.routing.DangerZone;

/**
 * Which threat zones forbid what, by threshold id — the one place where the emergency rules meet
 * the zone thresholds ({@code model.consequence.ThresholdLevels}). Issue 14: people in a zone of
 * ERPG-2 or worse are evacuated; responders do not enter the ERPG-3 or the 12.5 kW/m² zone. The
 * fire and blast equivalents are this module's reading [U]: 4 kW/m² (pain within about 20 s) and
 * 0.01 MPa (eardrum rupture) rank with ERPG-2, the thresholds above 12.5 kW/m² and 0.02 MPa (heavy
 * structural damage) with ERPG-3. An unknown threshold counts as mild (severity 1): it is still
 * avoided by safe legs, never ignored.
 */
final class ZoneRules {
    /** Threshold id → {severity, evacuate, noEntry}. */
    private static final Map<String, Rule> RULES =
            Map.ofEntries(
                    Map.entry("ERPG-3", new Rule(3, true, true)),
                    Map.entry("ERPG-2", new Rule(2, true, false)),
                    Map.entry("ERPG-1", new Rule(1, false, false)),
                    Map.entry("37.5kW", new Rule(3, true, true)),
                    Map.entry("25kW", new Rule(3, true, true)),
                    Map.entry("12.5kW", new Rule(3, true, true)),
                    Map.entry("4kW", new Rule(2, true, false)),
                    Map.entry("1.6kW", new Rule(1, false, false)),
                    Map.entry("0.02MPa", new Rule(3, true, true)),
                    Map.entry("0.01MPa", new Rule(2, true, false)),
                    Map.entry("0.003MPa", new Rule(1, false, false)));

    private static final Rule UNKNOWN = new Rule(1, false, false);

    private ZoneRules() {}

    /** The routing zones of an incident's threat. */
    static List<DangerZone> of(IncidentThreat threat) {
        List<DangerZone> out = new ArrayList<>();
        for (IncidentThreat.Area a : threat.areas()) {
            Rule r = RULES.getOrDefault(a.thresholdId(), UNKNOWN);
            out.add(
                    new DangerZone(
                            a.outcome() + ":" + a.thresholdId(),
                            a.area(),
                            r.severity(),
                            r.evacuate(),
                            r.noEntry()));
        }
        return out;
    }

    private record Rule(int severity, boolean evacuate, boolean noEntry) {}
}
