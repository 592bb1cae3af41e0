package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.model.consequence.ThreatZone;

/**
 * Computes threat zones for a release in the park: resolves the place (lon/lat or a feature), the
 * chemical (CAS or zh/en name in the chemicals data, or the tank's own), the rate (given, or the
 * tank's {@link TypicalLeak}) and the weather (given fields, else the live station), runs the
 * {@link ZoneCalculator} on the park's metric plane (EPSG:4547, whose grid north is within 0.1° of
 * true north in the park), projects the zones to EPSG:4326 and asks the {@link ExposureAnalyser}
 * who is inside. The answer is a {@link ZoneAnswer}; {@link ThreatZoneJson} writes its JSON. No
 * I/O: the spatial queries are in memory. Thread-safe; takes a few milliseconds, so callers run it
 * off the event loop.
 */
public final class ThreatZoneService {
    private final LinkageFeatures features;
    private final Supplier<SpatialQueries> spatialSource;
    private final ChemicalProperties chemicals;
    private final List<String> resourceKinds;
    private final ZoneCalculator calculator = new ZoneCalculator();
    private final ThreadLocal<MetricProjection> projection =
            ThreadLocal.withInitial(MetricProjection::new);

    /**
     * @param spatial asked on every run (the store's current index); a null answer falls back to
     *     the features' own index
     */
    public ThreatZoneService(
            LinkageFeatures features,
            Supplier<SpatialQueries> spatial,
            ChemicalProperties chemicals) {
        this.features = features;
        this.spatialSource = spatial;
        this.chemicals = chemicals;
        TreeSet<String> kinds = new TreeSet<>();
        for (FeatureRecord f : features.layer(ExposureAnalyser.RESOURCES)) kinds.add(f.kind());
        this.resourceKinds = List.copyOf(kinds);
    }

    /**
     * @param live the live weather reading (read on the ingest context), or null
     * @param nowMs the time of the run
     * @throws ZoneInputException naming the field when an input is missing or wrong
     */
    public ZoneAnswer compute(ZoneRequest req, LiveWeather.Reading live, long nowMs) {
        FeatureRecord place = null;
        if (req.featureId() != null) {
            place =
                    features.feature(req.featureId())
                            .orElseThrow(
                                    () ->
                                            new ZoneInputException(
                                                    "featureId",
                                                    "unknown feature " + req.featureId()));
        }
        double lon = req.lon();
        double lat = req.lat();
        if (Double.isNaN(lon) && place == null) {
            throw new ZoneInputException("lon", "give the release place as lon/lat or featureId");
        }
        if (Double.isNaN(lon)) {
            Point c = place.geometry().getCentroid();
            lon = c.getX();
            lat = c.getY();
        }
        FeatureAttributes props = place == null ? null : features.props(place.id());
        ChemicalHazard chemical = ChemicalHazard.of(chemical(req, props));
        List<String> notes = new ArrayList<>();
        Weather weather = ZoneWeather.resolve(req, live, nowMs, notes);
        List<ReleaseOutcome> outcomes =
                req.outcomes().isEmpty()
                        ? chemical.defaultOutcomes(weather.airTemperatureK())
                        : req.outcomes();
        if (outcomes.isEmpty()) {
            throw new ZoneInputException(
                    "outcome",
                    chemical.label()
                            + " is neither a toxic gas with ERPG levels nor "
                            + "flammable: name the outcome (toxic, poolfire, fireball, vce)");
        }
        double rate = req.releaseRateKgPerS();
        double mass = req.massKg();
        String[] basis = {"给定", "given"};
        double durationS = ZoneAssumptions.MASS_RELEASE_DURATION_S;
        if (Double.isNaN(rate) && Double.isNaN(mass)) {
            TypicalLeak.Leak leak =
                    place != null && "tank".equals(place.kind())
                            ? TypicalLeak.of(props, chemical)
                            : TypicalLeak.fromEquipment(chemical);
            rate = leak.rateKgPerS();
            durationS = leak.durationS();
            basis = new String[] {leak.basisZh(), leak.basisEn()};
        }
        Point metric = projection.get().toMetres(lon, lat);
        Release release =
                new Release(
                        lon,
                        lat,
                        metric.getX(),
                        metric.getY(),
                        place == null ? null : place.id(),
                        chemical,
                        rate,
                        mass,
                        basis[1],
                        Double.isNaN(req.releaseHeightM()) ? 0 : req.releaseHeightM(),
                        outcomes,
                        req.terrain() == null ? ZoneAssumptions.DEFAULT_TERRAIN : req.terrain(),
                        durationS);
        ZoneCalculator.Result result = calculator.compute(release, weather);
        SpatialQueries spatial = Optional.ofNullable(spatialSource.get()).orElse(features.index());
        ExposureAnalyser exposure = new ExposureAnalyser(spatial, resourceKinds);
        List<ZoneAnswer.ProjectedOutcome> projected = new ArrayList<>();
        List<Geometry> outermost = new ArrayList<>();
        for (OutcomeZones o : result.outcomes()) {
            List<Geometry> areas = new ArrayList<>();
            List<ExposureAnalyser.ZoneContent> contents = new ArrayList<>();
            for (ThreatZone z : o.zones()) {
                Geometry g = projection.get().toLonLat(z.area());
                areas.add(g);
                contents.add(exposure.content(g));
            }
            projected.add(new ZoneAnswer.ProjectedOutcome(o, areas, contents));
            if (!areas.isEmpty()) outermost.add(areas.get(areas.size() - 1));
        }
        ExposureAnalyser.Resources resources = exposure.resources(lon, lat, outermost);
        return new ZoneAnswer(
                release, weather, result, projected, resources, basis[0], basis[1], notes, nowMs);
    }

    private ChemicalRecord chemical(ZoneRequest req, FeatureAttributes placeProps) {
        String query = req.chemical();
        if (query == null && placeProps != null) {
            query = placeProps.text("chemicalCas", null);
        }
        if (query == null) {
            throw new ZoneInputException(
                    "chemical",
                    "required (CAS number or Chinese/English name) unless the place "
                            + "is a tank with a known chemical");
        }
        String q = query;
        return chemicals
                .byCas(q)
                .or(() -> chemicals.byName(q))
                .orElseThrow(
                        () ->
                                new ZoneInputException(
                                        "chemical",
                                        "unknown chemical '"
                                                + q
                                                + "' (not in the chemicals data)"));
    }
}
