package org.parkwatch.backend.alarm;

/**
 * An enterprise's (or operator's) reply on an alarm (issue 18, 反馈): the cause found and what was
 * done about it, with an optional photo stored apart from this row.
 *
 * @param id assigned when stored (0 before)
 * @param enterpriseId the alarm's enterprise
 * @param photoId the stored photo's id, or null when none was sent
 * @param photoType the photo's media type ({@code image/jpeg} or {@code image/png}), or null
 * @param author the logged-in user who sent it
 * @param timeMs epoch ms
 */
public record AlarmFeedback(
        long id,
        String alarmId,
        String enterpriseId,
        String cause,
        String disposal,
        String photoId,
        String photoType,
        String author,
        long timeMs) {}
