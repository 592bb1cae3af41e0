package org.parkwatch.backend.alarm;

/**
 * An alarm condition became active or cleared (after deadband and delays).
 *
 * @param alarmId alarm definition id, e.g. {@code E01.TK201.LT.HH}
 * @param active true when the condition is now active
 * @param value the tag value that decided it (engineering units); ROC alarms give the rate in units
 *     per minute, deviation alarms the process value; NaN for quality, stale and feed-lost alarms
 * @param atMs sample (or tick) time, epoch milliseconds
 */
public record ConditionChange(String alarmId, boolean active, double value, long atMs) {}
