/**
 * The regulator's tracker (issue 15, scope 6): the Henan 2017 plan's park-relevant tasks and
 * plan-wide targets as data ({@code tracker/henan-plan-tasks.csv}, loaded by {@link
 * PlanTaskLoader}), progress entries filed by the park and the regulator, the platform's own
 * figures for each task pulled live through {@link PlatformFigures}, the quarterly progress report
 * (HTML and DOCX), and the daily-safety figures ({@link DailySafetyFigures}) that the daily duty
 * report and the quarterly report both show.
 */
package org.parkwatch.backend.tracker;
