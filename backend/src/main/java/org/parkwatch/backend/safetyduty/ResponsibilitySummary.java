package org.parkwatch.backend.safetyduty;

/**
 * 包保责任制 in figures, for the reports.
 *
 * @param majorHazards major hazard installations with responsible people on file
 * @param duties responsible people (duties) on file
 * @param overdue duties whose check is overdue now
 * @param majorHazardsOverdue major hazard installations with at least one overdue duty
 * @param checksLast30Days checks filed in the 30 days before now
 */
public record ResponsibilitySummary(
        int majorHazards, int duties, int overdue, int majorHazardsOverdue, int checksLast30Days) {}
