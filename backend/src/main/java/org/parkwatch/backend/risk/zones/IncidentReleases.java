package org.parkwatch.backend.risk.zones;

import java.util.Optional;
import java.util.function.Function;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.linkage.LinkagePackage;

/**
 * The release an incident stands for, from its linkage package: the first chemical of the package
 * that gives zones (a toxic gas with ERPG levels, or a flammable chemical), released from the tank
 * holding it among the incident's features (a leak's detectors lead to the tank they watch), else
 * at the incident's location. The rate is left empty so that a tank gets its {@link TypicalLeak}.
 *
 * <p>Zones only for releases: a confirmed leak (a leak correlation) gets its zones drawn; an SIS
 * trip or a process upset (domino) is a protective action or an alarm pattern, not a release, so it
 * draws none and instead offers the same request as a what-if of its unit's worst credible release
 * ({@link #whatIf}). A zone set says which it is ({@link #kindOf}).
 */
public final class IncidentReleases {
    private final LinkageFeatures features;
    private final ChemicalProperties chemicals;
    private final Function<String, LinkagePackage> linkageOf;

    /**
     * @param linkageOf the linkage package of an incident id, or null
     */
    public IncidentReleases(
            LinkageFeatures features,
            ChemicalProperties chemicals,
            Function<String, LinkagePackage> linkageOf) {
        this.features = features;
        this.chemicals = chemicals;
        this.linkageOf = linkageOf;
    }

    /** Zone set kind: drawn for a confirmed or declared release. */
    public static final String CONFIRMED = "confirmed";

    /** Zone set kind: a what-if of a release that has not happened. */
    public static final String WHAT_IF = "what-if";

    /**
     * The request drawn automatically: only for a confirmed release (a leak incident); empty for an
     * SIS trip or a process upset and for an incident with no chemical that gives zones.
     */
    public Optional<ZoneRequest> defaults(Incident i) {
        return i.kind() == Incident.Kind.LEAK ? release(i) : Optional.empty();
    }

    /**
     * The what-if offered instead of zones for an incident that is not a confirmed release: the
     * worst credible release of its unit (the package's first chemical that gives zones, from the
     * tank holding it, with the tank's typical leak). Empty for a leak (it has real zones) or when
     * no chemical gives zones.
     */
    public Optional<ZoneRequest> whatIf(Incident i) {
        return i.kind() == Incident.Kind.LEAK ? Optional.empty() : release(i);
    }

    /**
     * The kind of a zone set for an incident and the request it was computed from: {@link
     * #CONFIRMED} for a leak or when the operator declared a release (a rate or a mass), else
     * {@link #WHAT_IF}.
     */
    public static String kindOf(Incident i, ZoneRequest request) {
        boolean declared = request.releaseRateKgPerS() > 0 || request.massKg() > 0;
        return i.kind() == Incident.Kind.LEAK || declared ? CONFIRMED : WHAT_IF;
    }

    private Optional<ZoneRequest> release(Incident i) {
        LinkagePackage linkage = linkageOf.apply(i.id());
        if (linkage == null) return Optional.empty();
        for (LinkagePackage.Chemical c : linkage.chemicals()) {
            String cas = c.cas();
            Optional<ChemicalRecord> rec = cas == null ? Optional.empty() : chemicals.byCas(cas);
            if (rec.isEmpty()
                    || ChemicalHazard.of(rec.get())
                            .defaultOutcomes(ZoneAssumptions.DEFAULT_AIR_TEMPERATURE_K)
                            .isEmpty()) continue;
            String tank = null;
            for (String f : c.atFeatures()) {
                Optional<FeatureRecord> fr = features.feature(f);
                if (fr.isPresent()
                        && "tank".equals(fr.get().kind())
                        && cas.equals(features.props(fr.get().id()).text("chemicalCas", ""))) {
                    tank = fr.get().id();
                    break;
                }
            }
            ZoneRequest base = tank != null ? at(Double.NaN, Double.NaN, tank) : place(i);
            return Optional.of(base.overriddenBy(withChemical(cas)));
        }
        return Optional.empty();
    }

    /**
     * The incident's location with nothing else: the base of a re-run of an incident without
     * defaults.
     */
    public ZoneRequest place(Incident i) {
        if (Double.isNaN(i.lon()) || Double.isNaN(i.lat())) {
            return ZoneRequest.empty();
        }
        return at(i.lon(), i.lat(), null);
    }

    private static ZoneRequest at(double lon, double lat, String featureId) {
        ZoneRequest e = ZoneRequest.empty();
        return new ZoneRequest(
                lon,
                lat,
                featureId,
                null,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                e.outcomes(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "live");
    }

    private static ZoneRequest withChemical(String cas) {
        ZoneRequest e = ZoneRequest.empty();
        return new ZoneRequest(
                Double.NaN,
                Double.NaN,
                null,
                cas,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                e.outcomes(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "live");
    }
}
