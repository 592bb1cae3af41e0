package org.parkwatch.backend.notify;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The roster's JSON edge (file {@code emergency/roster.json} and {@code PUT /api/notify/roster}):
 * parses with every problem named by its path ({@code people[2].channels[1]}) and validates with
 * {@link RosterValidator}; writes the same shape back.
 */
public final class RosterJson {
    private RosterJson() {}

    /** A roster that failed to parse or validate; {@link #problems()} names each problem. */
    public static final class RosterException extends IllegalArgumentException {
        private final List<String> problems;

        public RosterException(String source, List<String> problems) {
            super(source + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Parses and validates text; {@code source} names the file or request in errors. */
    public static Roster parse(String text, String source) {
        try {
            return parse(new JsonObject(text), source);
        } catch (DecodeException | ClassCastException e) {
            throw new RosterException(source, List.of("not a JSON object: " + e.getMessage()));
        }
    }

    /** Parses and validates a JSON object. */
    public static Roster parse(JsonObject json, String source) {
        List<String> problems = new ArrayList<>();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try {
            zone = ZoneId.of(json.getString("zone", "Asia/Shanghai"));
        } catch (DateTimeException | ClassCastException e) {
            problems.add("zone: not a time zone id (e.g. Asia/Shanghai)");
        }
        List<DutyPerson> people = new ArrayList<>();
        JsonArray ps = array(json, "people", problems);
        for (int i = 0; i < ps.size(); i++)
            person(ps.getValue(i), "people[" + i + "]", people, problems);
        List<Shift> shifts = new ArrayList<>();
        JsonArray ss = array(json, "shifts", problems);
        for (int i = 0; i < ss.size(); i++)
            shift(ss.getValue(i), "shifts[" + i + "]", shifts, problems);
        if (!problems.isEmpty()) throw new RosterException(source, problems);
        Roster roster = new Roster(zone, people, shifts);
        List<String> invalid = RosterValidator.problems(roster);
        if (!invalid.isEmpty()) throw new RosterException(source, invalid);
        return roster;
    }

    private static void person(
            Object o, String where, List<DutyPerson> out, List<String> problems) {
        if (!(o instanceof JsonObject p)) {
            problems.add(where + ": must be an object");
            return;
        }
        String id = text(p, "id", where, problems, true);
        List<Channel> channels = new ArrayList<>();
        JsonArray cs = array(p, "channels", problems, where);
        for (int i = 0; i < cs.size(); i++) {
            try {
                channels.add(Channel.parse(String.valueOf(cs.getValue(i))));
            } catch (IllegalArgumentException e) {
                problems.add(where + ".channels[" + i + "]: " + e.getMessage());
            }
        }
        out.add(
                new DutyPerson(
                        id,
                        text(p, "name", where, problems, true),
                        text(p, "role", where, problems, false),
                        p.getValue("lang") == null ? "zh" : text(p, "lang", where, problems, true),
                        text(p, "email", where, problems, false),
                        text(p, "phone", where, problems, false),
                        channels));
    }

    private static void shift(Object o, String where, List<Shift> out, List<String> problems) {
        if (!(o instanceof JsonObject s)) {
            problems.add(where + ": must be an object");
            return;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        JsonArray ds = array(s, "days", problems, where);
        for (int i = 0; i < ds.size(); i++) {
            String d = String.valueOf(ds.getValue(i));
            DayOfWeek day = dayOf(d);
            if (day == null) problems.add(where + ".days[" + i + "]='" + d + "': use MON … SUN");
            else days.add(day);
        }
        List<String> order = new ArrayList<>();
        JsonArray es = array(s, "escalation", problems, where);
        for (int i = 0; i < es.size(); i++) order.add(String.valueOf(es.getValue(i)));
        out.add(
                new Shift(
                        text(s, "id", where, problems, true),
                        text(s, "name", where, problems, false),
                        days,
                        time(s, "start", where, problems),
                        time(s, "end", where, problems),
                        order));
    }

    private static DayOfWeek dayOf(String d) {
        for (DayOfWeek w : DayOfWeek.values())
            if (w.name().startsWith(d.toUpperCase()) && d.length() >= 3) return w;
        return null;
    }

    private static LocalTime time(JsonObject o, String key, String where, List<String> problems) {
        String t = text(o, key, where, problems, true);
        try {
            return t == null ? LocalTime.MIDNIGHT : LocalTime.parse(t);
        } catch (DateTimeException e) {
            problems.add(where + "." + key + "='" + t + "': use HH:mm, e.g. 08:00");
            return LocalTime.MIDNIGHT;
        }
    }

    private static String text(
            JsonObject o, String key, String where, List<String> problems, boolean required) {
        Object v = o.getValue(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) problems.add(where + "." + key + ": missing");
            return null;
        }
        if (!(v instanceof String s)) {
            problems.add(where + "." + key + ": must be text");
            return null;
        }
        return s.trim();
    }

    private static JsonArray array(JsonObject o, String key, List<String> problems) {
        return array(o, key, problems, "");
    }

    private static JsonArray array(JsonObject o, String key, List<String> problems, String where) {
        Object v = o.getValue(key);
        if (v instanceof JsonArray a) return a;
        problems.add((where.isEmpty() ? "" : where + ".") + key + ": must be a list");
        return new JsonArray();
    }

    /** The roster as JSON, in the file's shape. */
    public static JsonObject toJson(Roster r) {
        JsonArray people = new JsonArray();
        for (DutyPerson p : r.people()) {
            JsonArray cs = new JsonArray();
            p.channels().forEach(c -> cs.add(c.id()));
            people.add(
                    new JsonObject()
                            .put("id", p.id())
                            .put("name", p.name())
                            .put("role", p.role())
                            .put("lang", p.lang())
                            .put("email", p.email())
                            .put("phone", p.phone())
                            .put("channels", cs));
        }
        JsonArray shifts = new JsonArray();
        for (Shift s : r.shifts()) {
            JsonArray days = new JsonArray();
            for (DayOfWeek d : DayOfWeek.values())
                if (s.days().contains(d)) days.add(d.name().substring(0, 3));
            shifts.add(
                    new JsonObject()
                            .put("id", s.id())
                            .put("name", s.name())
                            .put("days", days)
                            .put("start", s.start().toString())
                            .put("end", s.end().toString())
                            .put("escalation", new JsonArray(s.escalation())));
        }
        return new JsonObject()
                .put("zone", r.zone().getId())
                .put("people", people)
                .put("shifts", shifts);
    }
}
