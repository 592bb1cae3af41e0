package org.parkwatch.backend.notify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a roster before it replaces the one in force: unique ids, every shift naming known people,
 * every channel of a person having its address, a language the templates know, and somebody on duty
 * at every minute of the week ("nobody on duty" is an error, never a silent drop).
 */
public final class RosterValidator {
    private RosterValidator() {}

    /** Every problem, each naming the person, shift and field; empty when the roster is good. */
    public static List<String> problems(Roster r) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DutyPerson p : r.people()) {
            String where = "people[" + p.id() + "]";
            if (!ids.add(p.id())) out.add(where + ": duplicate person id");
            if (!NotificationTemplates.LANGUAGES.contains(p.lang()))
                out.add(
                        where
                                + ".lang='"
                                + p.lang()
                                + "': must be one of "
                                + NotificationTemplates.LANGUAGES);
            if (p.channels().isEmpty())
                out.add(where + ".channels: at least one channel is needed");
            for (Channel c : p.channels()) {
                String a = p.address(c);
                if (a == null || a.isBlank())
                    out.add(
                            where
                                    + ": channel "
                                    + c.id()
                                    + " needs "
                                    + (c == Channel.EMAIL ? "email" : "phone"));
            }
            if (p.email() != null
                    && !p.email().isBlank()
                    && !p.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                out.add(where + ".email='" + p.email() + "': not an e-mail address");
        }
        Set<String> shiftIds = new HashSet<>();
        for (Shift s : r.shifts()) {
            String where = "shifts[" + s.id() + "]";
            if (!shiftIds.add(s.id())) out.add(where + ": duplicate shift id");
            if (s.days().isEmpty()) out.add(where + ".days: at least one day is needed");
            for (String id : s.escalation()) {
                if (!ids.contains(id)) out.add(where + ".escalation: unknown person '" + id + "'");
            }
        }
        for (String gap : r.gaps()) out.add("nobody on duty " + gap + " (无人值班)");
        return out;
    }
}
