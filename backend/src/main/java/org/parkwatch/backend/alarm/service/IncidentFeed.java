package org.parkwatch.backend.alarm.service;

import java.util.Optional;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.linkage.LinkagePackage;

/**
 * The port through which other capabilities (threat zones, emergency command) follow incidents:
 * they hear every incident as it opens, changes and closes, and look one up with its linkage
 * package. The alarm service provides it.
 */
public interface IncidentFeed {
    /** Adds a listener called on the ingest context for every incident change. */
    void addIncidentListener(IncidentListener listener);

    /** The incident with this id, if it is known. */
    Optional<Incident> incident(String id);

    /** The latest linkage package of an incident, or null when it has none. */
    LinkagePackage linkageOf(String incidentId);
}
