package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.ConfidenceLines;
import org.parkwatch.model.consequence.DensePassivePlume;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.Threshold;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.ValidityLimits;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.consequence.WindProfile;

/**
 * {@code zones}: toxic threat zones of a continuous release in local metres (x east, y north,
 * source at the origin unless sourceEastM/sourceNorthM are given). In: chemical (Cl2, NH3, H2S,
 * HCN, HCl, HF, COCl2, CO), releaseRateKgPerS, windSpeedMPerS (10 m), windFromDeg, stability,
 * optional levels (erpg | aegl), terrain, sigmaModel, releaseHeightM, and releaseDensityKgPerM3
 * with releaseTemperatureK to let the dense-gas criterion choose the model. Out: model, spans
 * [{model, fromM, toM}] (which model drew which part), zones [{id, valuePpm, distanceM,
 * atScanLimit, maxHalfWidthM, geometry (GeoJSON MultiPolygon), warnings}], warnings.
 */
public final class ZonesModel implements CalcModel {

    private final ThreatZoneBuilder builder = new ThreatZoneBuilder();

    @Override
    public String name() {
        return "zones";
    }

    @Override
    public String summary() {
        return "Toxic threat zones (ERPG/AEGL polygons, local metres): chemical, releaseRateKgPerS, windSpeedMPerS, "
                + "windFromDeg, stability, levels, releaseDensityKgPerM3, releaseTemperatureK";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        String chemical = in.text("chemical");
        ThresholdLevels.ToxicLevels levels;
        try {
            levels = ThresholdLevels.toxic(chemical);
        } catch (IllegalArgumentException e) {
            throw new CalcInputException("chemical", e.getMessage());
        }
        double q = in.positive("releaseRateKgPerS");
        double u10 = in.positive("windSpeedMPerS");
        double windFrom = in.between("windFromDeg", 0, 360, Double.NaN);
        if (Double.isNaN(windFrom)) {
            throw new CalcInputException("windFromDeg", "is required");
        }
        StabilityClass s = in.parsed("stability", null, StabilityClass::parse);
        String set = in.text("levels", "erpg");
        Terrain terrain = in.parsed("terrain", "rural", Terrain::parse);
        SigmaModel sigma = in.parsed("sigmaModel", "briggs", SigmaModel::parse);
        double h = in.nonNegative("releaseHeightM", 0);
        double e0 = in.number("sourceEastM", 0);
        double n0 = in.number("sourceNorthM", 0);
        boolean denseInputs = in.has("releaseDensityKgPerM3");
        double rhoGas = denseInputs ? in.positive("releaseDensityKgPerM3") : Double.NaN;
        double tr = denseInputs ? in.positive("releaseTemperatureK") : Double.NaN;
        in.rejectUnknown();
        List<Threshold> thresholds =
                switch (set) {
                    case "erpg" -> ThresholdLevels.erpg(chemical);
                    case "aegl" -> ThresholdLevels.aegl(chemical);
                    default ->
                            throw new CalcInputException(
                                    "levels", "must be erpg or aegl but was " + set);
                };
        if (thresholds.isEmpty()) {
            throw new CalcInputException("levels", "no " + set + " levels for " + chemical);
        }
        String model;
        PlumeField field;
        List<Warning> warnings;
        List<DensePassivePlume.Span> spans;
        if (denseInputs) {
            DispersionChoice choice =
                    DispersionChoice.select(
                            q,
                            rhoGas,
                            SourceTermConstants.AIR_DENSITY_KG_PER_M3,
                            u10,
                            tr,
                            SourceTermConstants.AMBIENT_TEMPERATURE_K,
                            h,
                            s,
                            terrain,
                            sigma);
            model = choice.model();
            field = choice.field();
            warnings = choice.warnings();
            spans = choice.spans();
        } else {
            GaussianPlume plume =
                    GaussianPlume.of(
                                    q,
                                    WindProfile.windSpeedAt(u10, h, s, terrain),
                                    h,
                                    s,
                                    terrain,
                                    sigma)
                            .withPureVapourCap(
                                    GaussianPlume.pureVapourKgPerM3(
                                            levels.molarMassKgPerMol(),
                                            SourceTermConstants.AMBIENT_TEMPERATURE_K));
            model = DispersionChoice.GAUSSIAN_PLUME;
            field = plume;
            warnings = plume.warnings(Double.NaN);
            spans = List.of(new DensePassivePlume.Span(model, 0, Double.POSITIVE_INFINITY));
        }
        List<ThreatZone> zones =
                builder.plumeZones(
                        field, thresholds, levels.molarMassKgPerMol(), windFrom, e0, n0, warnings);
        ObjectNode out = CalcOutput.object();
        out.put("model", model);
        out.set("spans", CalcOutput.spans(spans));
        out.set("zones", CalcOutput.toxicZones(zones));
        double farthest = zones.stream().mapToDouble(ThreatZone::distanceM).max().orElse(0);
        List<Warning> all = new ArrayList<>(warnings);
        zones.stream()
                .flatMap(z -> z.warnings().stream())
                .filter(w -> w.code().equals("SCAN_LIMIT"))
                .findFirst()
                .ifPresent(all::add);
        if (farthest > 0) {
            ConfidenceLines.Result band =
                    ConfidenceLines.of(new GeometryFactory(), s, u10, windFrom, farthest, e0, n0);
            ObjectNode conf = out.putObject("confidence");
            conf.put("halfAngleDeg", band.halfAngleDeg());
            conf.set("geometry", CalcOutput.geoJson(band.area()));
            all.addAll(band.warnings());
        }
        if (farthest > 0 && s.isStable()) {
            all.addAll(
                    ValidityLimits.dispersion(u10, s, farthest).stream()
                            .filter(w -> w.code().equals("STABLE_LONG_RANGE"))
                            .toList());
        }
        out.set("warnings", CalcOutput.warnings(all));
        return out;
    }
}
