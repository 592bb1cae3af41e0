package org.parkwatch.backend.notify.duty;

/**
 * One entry of the duty log (值班日志).
 *
 * @param timeMs when it was written, epoch ms
 * @param author the logged-in user who wrote it (never a name sent in the request)
 * @param incidentId the incident it is about, or null
 */
public record DutyLogEntry(long id, long timeMs, String author, String text, String incidentId) {}
