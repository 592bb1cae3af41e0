package org.parkwatch.backend.hazard.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * One enterprise's file (一企一档): the enterprise with its licences, duty contacts, units,
 * installations, risk colour history and blacklist entries. Immutable; {@link #problems()} lists
 * what is inconsistent.
 */
public record EnterpriseFile(
        Enterprise enterprise,
        List<Licence> licences,
        List<DutyContact> contacts,
        List<HazardUnitRecord> units,
        List<Installation> installations,
        List<RiskColourChange> colourHistory,
        List<BlacklistEntry> blacklist) {

    public EnterpriseFile {
        licences = List.copyOf(licences);
        contacts = List.copyOf(contacts);
        units = List.copyOf(units);
        installations = List.copyOf(installations);
        colourHistory =
                colourHistory.stream()
                        .sorted(Comparator.comparing(RiskColourChange::since))
                        .toList();
        blacklist = List.copyOf(blacklist);
    }

    /** The risk colour that applies on {@code day}: the latest change on or before it. */
    public Optional<RiskColour> riskColourOn(LocalDate day) {
        RiskColour current = null;
        for (RiskColourChange c : colourHistory) {
            if (!c.since().isAfter(day)) {
                current = c.colour();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Licences valid on {@code day} that expire within {@link Licence#EXPIRING_SOON_DAYS} days. */
    public List<Licence> licencesExpiringSoon(LocalDate day) {
        return licences.stream().filter(l -> l.expiringSoon(day)).toList();
    }

    public boolean isBlacklistedOn(LocalDate day) {
        return blacklist.stream().anyMatch(b -> b.isActiveOn(day));
    }

    /** Installations protected by a safety instrumented system. */
    public long installationsWithSis() {
        return installations.stream().filter(Installation::hasSis).count();
    }

    /** Inconsistencies, each naming the record and field; empty when the file is consistent. */
    public List<String> problems() {
        String id = enterprise.id();
        List<String> out = new ArrayList<>(enterprise.problems());
        licences.stream()
                .filter(l -> !id.equals(l.enterpriseId()))
                .forEach(
                        l -> out.add("licence " + l.number() + ": belongs to " + l.enterpriseId()));
        for (DutyContact c : contacts) {
            if (!DutyContact.isPhone(c.phone())) {
                out.add(
                        "contact "
                                + c.name()
                                + ".phone: not a mobile or landline number: "
                                + c.phone());
            }
        }
        Set<String> unitIds = new HashSet<>();
        for (HazardUnitRecord u : units) {
            if (!unitIds.add(u.id())) {
                out.add("unit " + u.id() + ": duplicate id");
            }
            boundaryProblem(u.boundaryWkt())
                    .ifPresent(p -> out.add("unit " + u.id() + ".boundaryWkt: " + p));
        }
        for (Installation i : installations) {
            if (!unitIds.contains(i.unitId())) {
                out.add(
                        "installation "
                                + i.id()
                                + ".unitId: no unit "
                                + i.unitId()
                                + " in this enterprise");
            }
            if (!(i.capacityM3() > 0)) {
                out.add("installation " + i.id() + ".capacityM3: must be > 0");
            }
        }
        return out;
    }

    /** Why a WKT string is not a valid polygon boundary, or empty. */
    static Optional<String> boundaryProblem(String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            if (!(g instanceof Polygonal) || g.isEmpty()) {
                return Optional.of("must be a POLYGON or MULTIPOLYGON, got " + g.getGeometryType());
            }
            return g.isValid()
                    ? Optional.empty()
                    : Optional.of("polygon is not valid (self-intersecting?)");
        } catch (ParseException | RuntimeException e) {
            return Optional.of("cannot parse WKT: " + e.getMessage());
        }
    }
}
