package org.parkwatch.backend.emergency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.IncidentRoutes;
import org.parkwatch.model.uplink.Sample;

/**
 * The port through which an incident replay reads the past of other capabilities: the history's
 * value at an instant, the alarm journal, the threat-zone run in force at an instant and the routes
 * for those zones. The composition root provides it. Every method may block: call it on a worker.
 */
public interface ReplaySources {
    /** Tag ids shown in a replay of an incident of these enterprises (theirs and the park's). */
    List<String> tags(Collection<String> enterprises);

    /** Each tag's latest stored sample at or before {@code atMs}; tags without one are absent. */
    Map<String, Sample> valuesAt(Collection<String> tags, long atMs) throws Exception;

    /** The enterprise's alarm transitions in {@code [fromMs, toMs]}, oldest first. */
    List<JournalEntry> alarmJournal(String enterpriseId, long fromMs, long toMs) throws Exception;

    /** The alarm's definition (its tag and priority), empty when unknown. */
    Optional<AlarmDefinition> alarm(String alarmId);

    /** The incident's threat-zone run computed last at or before {@code atMs}, if any. */
    Optional<IncidentThreat> zonesAt(String incidentId, long atMs);

    /** The evacuation and approach routes for those zones on the current road graph. */
    Optional<IncidentRoutes> routes(IncidentThreat zones);
}
