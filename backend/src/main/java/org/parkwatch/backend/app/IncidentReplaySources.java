package org.parkwatch.backend.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.emergency.ReplaySources;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagIndex;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.risk.zones.IncidentThreats;
import org.parkwatch.backend.routing.IncidentRoutes;
import org.parkwatch.backend.routing.RoutePlanning;
import org.parkwatch.model.routing.TravelMode;
import org.parkwatch.model.uplink.Sample;

/**
 * The emergency replay's view of the past: tag values from the history, alarm transitions from the
 * alarm journal, zones from the threat-zone runs and their routes from the routing capability.
 */
record IncidentReplaySources(
        LiveState live,
        HistoryRepository history,
        AlarmService alarms,
        IncidentThreats threats,
        RoutePlanning routing)
        implements ReplaySources {

    /** Most alarm transitions read per enterprise for one frame. */
    static final int JOURNAL_LIMIT = 100_000;

    /** The enterprises' tags and the park's (weather, boundary air stations), by id prefix. */
    @Override
    public List<String> tags(Collection<String> enterprises) {
        TagIndex index = live.index();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            String id = index.definition(i).id();
            if (id.startsWith("PARK.")
                    || enterprises.stream().anyMatch(e -> id.startsWith(e + "."))) out.add(id);
        }
        return out;
    }

    @Override
    public Map<String, Sample> valuesAt(Collection<String> tags, long atMs) throws Exception {
        return tags.isEmpty() ? Map.of() : history.valueAt(tags, atMs);
    }

    @Override
    public List<JournalEntry> alarmJournal(String enterpriseId, long fromMs, long toMs)
            throws Exception {
        return alarms.repository().journal(fromMs, toMs + 1, null, enterpriseId, JOURNAL_LIMIT);
    }

    @Override
    public Optional<AlarmDefinition> alarm(String alarmId) {
        return alarms.manager().definition(alarmId);
    }

    @Override
    public Optional<IncidentThreat> zonesAt(String incidentId, long atMs) {
        return threats.at(incidentId, atMs);
    }

    @Override
    public Optional<IncidentRoutes> routes(IncidentThreat zones) {
        return Optional.of(routing.routesFor(zones, TravelMode.WALK));
    }
}
