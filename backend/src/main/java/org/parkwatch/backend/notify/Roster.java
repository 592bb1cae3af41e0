package org.parkwatch.backend.notify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The on-duty roster (值班表): who is on duty when, and in which order they are told. Who hears of an
 * event is decided by the roster at the moment of the event ({@link #onDuty}), never cached.
 *
 * @param zone the park's time zone, in which shift times are read
 */
public record Roster(ZoneId zone, List<DutyPerson> people, List<Shift> shifts) {
    public Roster {
        people = List.copyOf(people);
        shifts = List.copyOf(shifts);
    }

    /** A person by id. */
    public Optional<DutyPerson> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The people on duty at {@code when} in escalation order: the covering shifts in roster order,
     * each shift's order within; a person on two covering shifts appears once. Empty when nobody is
     * on duty (which a validated roster rules out).
     */
    public List<DutyPerson> onDuty(Instant when) {
        ZonedDateTime t = when.atZone(zone);
        Map<String, DutyPerson> byId =
                people.stream().collect(Collectors.toMap(DutyPerson::id, Function.identity()));
        Set<String> ids = new LinkedHashSet<>();
        for (Shift s : shifts) {
            if (s.covers(t.getDayOfWeek(), t.toLocalTime())) ids.addAll(s.escalation());
        }
        List<DutyPerson> out = new ArrayList<>();
        for (String id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    /**
     * The stretches of the week that no shift with at least one person covers, e.g. {@code
     * "SATURDAY 20:00–24:00"}; empty when the week is covered. Checked minute by minute (10,080
     * minutes).
     */
    public List<String> gaps() {
        List<String> out = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int gapStart = -1;
            for (int m = 0; m <= 1440; m++) {
                boolean covered = m < 1440 && covered(day, LocalTime.of(m / 60, m % 60));
                if (!covered && m < 1440 && gapStart < 0) gapStart = m;
                if ((covered || m == 1440) && gapStart >= 0) {
                    out.add(day + " " + hhmm(gapStart) + "–" + hhmm(m));
                    gapStart = -1;
                }
            }
        }
        return out;
    }

    private boolean covered(DayOfWeek day, LocalTime time) {
        for (Shift s : shifts) {
            if (!s.escalation().isEmpty() && s.covers(day, time)) return true;
        }
        return false;
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
