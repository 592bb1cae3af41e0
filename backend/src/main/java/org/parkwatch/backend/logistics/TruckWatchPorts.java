package org.parkwatch.backend.logistics;

import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.risk.zones.IncidentThreats;
import org.parkwatch.backend.routing.RoutePlanning;

/**
 * What the truck watch uses of other capabilities: the shared road graph and its routes, the
 * incidents' threat zones (every new run re-plans the trucks' routes), whether an incident is still
 * open (its zones are avoided while it is) and where the truck alarms' conditions go.
 */
public record TruckWatchPorts(
        RoutePlanning routes,
        IncidentThreats threats,
        IncidentFeed incidents,
        AlarmConditions alarms) {}
