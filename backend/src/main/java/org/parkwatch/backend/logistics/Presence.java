package org.parkwatch.backend.logistics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is inside the park and inside each enterprise, from the gates' entries and exits: per site
 * ({@code PARK} or an enterprise id) the set of people (card or face id) and of vehicles (plate)
 * that entered and did not leave. A second entry of someone inside (a double read, tailgating back)
 * and an exit of someone not inside (entered before the records began) change nothing and are
 * reported as not counted. Pure logic; not thread-safe (the caller serialises).
 */
final class Presence {
    /** What passed a gate. */
    enum Kind {
        PERSON,
        VEHICLE
    }

    /** People and vehicles inside one site. */
    record Count(int people, int vehicles) {
        static final Count ZERO = new Count(0, 0);
    }

    private final Map<String, Set<String>> people = new HashMap<>();
    private final Map<String, Set<String>> vehicles = new HashMap<>();

    /**
     * Applies one passage.
     *
     * @return whether it changed the count of {@code siteId}
     */
    boolean apply(String siteId, Kind kind, String subject, boolean entering) {
        Set<String> inside =
                (kind == Kind.PERSON ? people : vehicles)
                        .computeIfAbsent(siteId, k -> new HashSet<>());
        return entering ? inside.add(subject) : inside.remove(subject);
    }

    /** Whether {@code subject} entered {@code siteId} and has not left. */
    boolean inside(String siteId, Kind kind, String subject) {
        Set<String> in = (kind == Kind.PERSON ? people : vehicles).get(siteId);
        return in != null && in.contains(subject);
    }

    Count count(String siteId) {
        return new Count(size(people, siteId), size(vehicles, siteId));
    }

    /** Every site with anyone inside, by id. */
    Map<String, Count> counts() {
        Map<String, Count> out = new TreeMap<>();
        Set<String> sites = new HashSet<>(people.keySet());
        sites.addAll(vehicles.keySet());
        for (String s : sites) {
            Count c = count(s);
            if (c.people() > 0 || c.vehicles() > 0) out.put(s, c);
        }
        return out;
    }

    private static int size(Map<String, Set<String>> m, String siteId) {
        Set<String> s = m.get(siteId);
        return s == null ? 0 : s.size();
    }
}
