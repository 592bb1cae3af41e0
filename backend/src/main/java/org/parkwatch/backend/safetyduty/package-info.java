/**
 * Daily safety duty (issue 15, scopes 3–5): major-hazard responsibility (包保责任制) with its duty
 * cycles and check records, the daily safety commitment (安全承诺公告) with its deadline, and the
 * start-up, shutdown and turnaround calendar (开停车/大检修) whose shut-down units have their process
 * alarms suppressed by design. Built by {@code app.Capabilities} as {@link
 * org.parkwatch.backend.safetyduty.SafetyDutyCapability}.
 */
package org.parkwatch.backend.safetyduty;
