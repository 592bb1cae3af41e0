package org.parkwatch.backend.alarm.service;

/**
 * The port through which other capabilities (special work permits, issue 15) follow alarm
 * conditions as they activate and clear; the alarm service provides it.
 */
public interface AlarmConditionFeed {
    /** Adds a listener called on the ingest context for every activation and clear. */
    void addConditionListener(AlarmConditionListener listener);
}
