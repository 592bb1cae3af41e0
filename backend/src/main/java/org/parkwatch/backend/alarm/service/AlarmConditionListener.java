package org.parkwatch.backend.alarm.service;

import org.parkwatch.backend.alarm.AlarmDefinition;

/**
 * Hears an alarm activating (an annunciated activation, A/D/E → B) or its condition clearing, on
 * the backend's ingest context right after the journal entry. A listener must not block; an
 * exception it throws is logged and does not reach the others.
 */
@FunctionalInterface
public interface AlarmConditionListener {
    /**
     * @param definition the alarm's definition (its tag, feature and enterprise)
     * @param active true on activation, false on clear
     * @param atMs when, epoch ms
     */
    void changed(AlarmDefinition definition, boolean active, long atMs);
}
