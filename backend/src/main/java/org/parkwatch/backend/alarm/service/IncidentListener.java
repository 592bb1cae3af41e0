package org.parkwatch.backend.alarm.service;

import java.util.List;
import org.parkwatch.backend.alarm.correlation.Incident;

/**
 * Hears the life of incidents as the {@link AlarmService} sees it: opened, updated (an alarm
 * joined, a place or severity changed), closed, and the incidents restored from the database at
 * start. Called on the backend's ingest context after the incident was recorded and its linkage
 * package computed, so {@link AlarmService#linkageOf} already answers for it. A listener must not
 * block; an exception it throws is logged and does not reach the others.
 */
public interface IncidentListener {
    /** A new incident. */
    default void opened(Incident incident) {}

    /** A change to an open incident. */
    default void updated(Incident incident) {}

    /** The incident closed (the last call for it). */
    default void closed(Incident incident) {}

    /**
     * The incidents restored at start (open and recently closed); called once, also with an empty
     * list, also when the restore failed. Their linkage packages are not restored: {@link
     * AlarmService#linkageOf} answers null.
     */
    default void restored(List<Incident> incidents) {}
}
