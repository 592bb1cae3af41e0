package org.parkwatch.backend.safetyduty;

/**
 * The calendar's units now, for the reports.
 *
 * @param units units the calendar knows
 * @param shutDown units shut down now (a shutdown filing in force)
 * @param turnaround units in turnaround now
 * @param suppressedAlarmPrefixes tag prefixes whose alarms are suppressed by design for them
 */
public record UnitStateSummary(
        int units, int shutDown, int turnaround, int suppressedAlarmPrefixes) {}
