package org.parkwatch.backend.notify;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One shift of the roster: the days it starts on, its start and end (park local time; an end at or
 * before the start runs past midnight into the next day) and the people on duty in escalation order
 * (the first is told first; each next one when nobody has acknowledged in time).
 */
public record Shift(
        String id,
        String name,
        Set<DayOfWeek> days,
        LocalTime start,
        LocalTime end,
        List<String> escalation) {
    public Shift {
        days = Set.copyOf(days);
        escalation = List.copyOf(escalation);
    }

    /** True when this shift covers {@code day} at {@code time} (park local). */
    public boolean covers(DayOfWeek day, LocalTime time) {
        if (end.isAfter(start))
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        // overnight: the evening part on a starting day, the morning part on the day after one
        return (days.contains(day) && !time.isBefore(start))
                || (days.contains(day.minus(1)) && time.isBefore(end));
    }
}
