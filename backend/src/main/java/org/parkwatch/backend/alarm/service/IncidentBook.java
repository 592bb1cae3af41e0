package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.parkwatch.backend.alarm.IncidentClosure;
import org.parkwatch.backend.alarm.correlation.AlarmSignal;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.alarm.correlation.CorrelationEngine;
import org.parkwatch.backend.alarm.correlation.FeatureLocator;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.linkage.LinkageJson;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incidents the {@link CorrelationEngine} makes of the alarm signals: open ones and the newest
 * {@value AlarmService#CLOSED_INCIDENTS_KEPT} closed ones, each with the linkage package computed
 * at its last change and, once an operator closed it, that closing. Every change is stored, pushed
 * as {@code {"type":"incident",…}} and told to the {@link IncidentListener}s. Split from {@link
 * AlarmService} because incidents have their own life (restore, operator closing, reopening,
 * pruning) apart from the alarm state machine's. Used on the ingest context only.
 */
final class IncidentBook {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentBook.class);

    private final CorrelationEngine correlation;
    private final AlarmJson json;
    private final PushPublisher push;
    private final PushPublisher.EnterpriseView incidentView;
    private final AlarmWrites writes;
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    private final Map<String, LinkagePackage> linkageOfIncident = new HashMap<>();

    /** The operator's closing of each closed incident (removed when it reopens). */
    private final Map<String, IncidentClosure> closures = new HashMap<>();

    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();
    private Function<Incident, LinkagePackage> linkage = i -> null;

    /**
     * @param incidentView what one involved enterprise's users see of a mixed incident message
     */
    IncidentBook(
            CorrelationConfig config,
            FeatureLocator locator,
            AlarmJson json,
            PushPublisher push,
            PushPublisher.EnterpriseView incidentView,
            AlarmWrites writes) {
        this.json = json;
        this.push = push;
        this.incidentView = incidentView;
        this.writes = writes;
        this.correlation = new CorrelationEngine(config, locator, "INC-", this::changed);
    }

    /** See {@link AlarmService#setLinkage}. */
    void setLinkage(Function<Incident, LinkagePackage> linkage) {
        this.linkage = linkage;
    }

    void addListener(IncidentListener listener) {
        listeners.add(listener);
    }

    /** Feeds an alarm's activation or clearing to the correlation. */
    void onAlarm(AlarmSignal signal) {
        correlation.onAlarm(signal);
    }

    /**
     * Takes the incidents and closings loaded at start, resumes their correlation and tells the
     * listeners (also with an empty list when nothing was restored).
     */
    void restore(List<Incident> restored, Map<String, IncidentClosure> latestClosures) {
        for (Incident i : restored) {
            incidents.put(i.id(), i);
            IncidentClosure c = latestClosures.get(i.id());
            if (c != null && i.state() == Incident.State.CLOSED) closures.put(i.id(), c);
        }
        correlation.restore(restored);
        notifyRestored(restored);
    }

    /** Tells the listeners that nothing was restored (no database, or the restore failed). */
    void restoredNone() {
        notifyRestored(List.of());
    }

    /** See {@link AlarmService#closeIncident}. */
    Optional<Incident> close(String incidentId, String user, String reason, long nowMs) {
        Incident i = incidents.get(incidentId);
        if (i == null || i.state() != Incident.State.OPEN) return Optional.empty();
        IncidentClosure closure = new IncidentClosure(incidentId, nowMs, user, reason);
        closures.put(incidentId, closure);
        Optional<Incident> closed = correlation.close(incidentId, closure.closedMs());
        if (closed.isEmpty()) {
            closures.remove(incidentId);
            return closed;
        }
        writes.closure(closure);
        return closed;
    }

    /** See {@link AlarmService#incidentJson}. */
    JsonObject json(Incident i) {
        JsonObject o = json.incident(i);
        int activeAlarms = 0;
        for (String id : i.alarmIds()) if (correlation.isActive(id)) activeAlarms++;
        o.put("activeAlarms", activeAlarms);
        IncidentClosure c = i.state() == Incident.State.CLOSED ? closures.get(i.id()) : null;
        if (c != null)
            o.put("closedMs", c.closedMs())
                    .put("closedBy", c.closedBy())
                    .put("closeReason", c.reason());
        return o;
    }

    /** Open incidents first (newest first), then recently closed ones. */
    List<Incident> all() {
        List<Incident> out = new ArrayList<>(incidents.values());
        out.sort(
                (a, b) ->
                        a.state() != b.state()
                                ? a.state().compareTo(b.state())
                                : Long.compare(b.updatedMs(), a.updatedMs()));
        return out;
    }

    Optional<Incident> get(String id) {
        return Optional.ofNullable(incidents.get(id));
    }

    /** The linkage package computed when the incident was last updated, or null. */
    LinkagePackage linkageOf(String incidentId) {
        return linkageOfIncident.get(incidentId);
    }

    /** The correlation engine's callback: an incident opened, changed, closed or reopened. */
    private void changed(Incident i) {
        Incident before = incidents.put(i.id(), i);
        writes.incident(i);
        boolean isNew = !linkageOfIncident.containsKey(i.id());
        LinkagePackage pkg = null;
        try {
            pkg = linkage.apply(i);
        } catch (RuntimeException ex) {
            LOG.warn("no linkage package for incident {}: {}", i.id(), ex.toString());
        }
        if (pkg != null) linkageOfIncident.put(i.id(), pkg);
        else linkageOfIncident.putIfAbsent(i.id(), null);
        boolean reopened =
                before != null
                        && before.state() == Incident.State.CLOSED
                        && i.state() == Incident.State.OPEN;
        if (reopened) closures.remove(i.id());
        JsonObject msg =
                new JsonObject()
                        .put("incident", json(i))
                        .put("isNew", isNew)
                        .put("reopened", reopened);
        if (pkg != null) msg.put("linkage", LinkageJson.of(pkg));
        push.publish("incident", PushOwners.ofTagged(i.enterprises()), msg, incidentView);
        if (before == null || before.state() != Incident.State.CLOSED || reopened) {
            notifyIncident(i, before == null || reopened);
        }
        pruneClosed();
    }

    private void pruneClosed() {
        int closed = 0;
        for (Incident i : incidents.values()) if (i.state() == Incident.State.CLOSED) closed++;
        if (closed <= AlarmService.CLOSED_INCIDENTS_KEPT) return;
        for (var it = incidents.values().iterator();
                it.hasNext() && closed > AlarmService.CLOSED_INCIDENTS_KEPT; ) {
            Incident i = it.next();
            if (i.state() == Incident.State.CLOSED) {
                it.remove();
                linkageOfIncident.remove(i.id());
                closed--;
            }
        }
    }

    private void notifyRestored(List<Incident> restored) {
        List<Incident> copy = List.copyOf(restored);
        for (IncidentListener l : listeners) {
            try {
                l.restored(copy);
            } catch (RuntimeException e) {
                LOG.error("incident listener failed on restore: {}", e.toString());
            }
        }
    }

    private void notifyIncident(Incident i, boolean isNew) {
        for (IncidentListener l : listeners) {
            try {
                if (i.state() == Incident.State.CLOSED) l.closed(i);
                else if (isNew) l.opened(i);
                else l.updated(i);
            } catch (RuntimeException e) {
                LOG.error("incident listener failed on {}: {}", i.id(), e.toString());
            }
        }
    }
}
