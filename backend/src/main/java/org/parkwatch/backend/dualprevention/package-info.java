/**
 * Dual prevention (双重预防机制, issue 15 scope 2; MEM 2022 park-platform guideline, section 双重预防机制):
 * risk points graded by LEC or LS into the four colours with their control measures and inspection
 * tasks, and hidden dangers (隐患) through their life cycle from report to closing, with overdue
 * alarms, escalation to the park, photos stored as content-addressed files, park statistics, a map
 * layer and an integration API for an enterprise's own system.
 */
package org.parkwatch.backend.dualprevention;
