/**
 * Linked alarms: declarative correlation rules ({@link
 * org.parkwatch.backend.alarm.correlation.CorrelationConfig}, example {@code
 * parkwatch/alarm/correlation.example.json}) evaluated by {@link
 * org.parkwatch.backend.alarm.correlation.CorrelationEngine} on the alarm stream, giving {@link
 * org.parkwatch.backend.alarm.correlation.Incident}s. Positions and unit membership come through
 * {@link org.parkwatch.backend.alarm.correlation.FeatureLocator} (catalogue-backed now; the spatial
 * store later).
 */
package org.parkwatch.backend.alarm.correlation;
