package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.hazard.EnterpriseSite;

/**
 * The people inside each threat zone from the gates' counts per enterprise: an enterprise's people
 * inside its site are taken as spread evenly over the site, so a zone covering a fraction of the
 * site's area holds that fraction of them (rounded up: a responder would rather look for one person
 * too many). Areas are compared in lon/lat degrees², which is exact for a ratio of areas at one
 * latitude (a site spans a kilometre or two). People who entered the park but no enterprise
 * (visitors at the park's offices) are not placed. Pure logic.
 */
final class ZonePeopleOp {
    /** An enterprise's people inside one zone. */
    record Share(String enterpriseId, int peopleInside, double siteFraction, int peopleInZone) {}

    /** One zone with the people in it. */
    record ZonePeople(ThreatAreas.Area zone, List<Share> shares) {
        int total() {
            return shares.stream().mapToInt(Share::peopleInZone).sum();
        }
    }

    private final List<EnterpriseSite> sites;

    ZonePeopleOp(List<EnterpriseSite> sites) {
        this.sites = List.copyOf(sites);
    }

    List<ZonePeople> of(List<ThreatAreas.Area> zones, Map<String, Presence.Count> counts) {
        List<ZonePeople> out = new ArrayList<>();
        for (ThreatAreas.Area z : zones) {
            List<Share> shares = new ArrayList<>();
            for (EnterpriseSite s : sites) {
                Presence.Count c = counts.get(s.id());
                if (c == null || c.people() == 0) continue;
                Geometry site = s.lonLat();
                if (!site.intersects(z.lonLat())) continue;
                double fraction =
                        Math.min(1.0, site.intersection(z.lonLat()).getArea() / site.getArea());
                if (fraction <= 0) continue;
                shares.add(
                        new Share(
                                s.id(),
                                c.people(),
                                fraction,
                                (int) Math.ceil(c.people() * fraction - 1e-9)));
            }
            out.add(new ZonePeople(z, shares));
        }
        return out;
    }
}
