package org.parkwatch.backend.risk.qra;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.HazardItem;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.hazard.HazardUnit;
import org.parkwatch.backend.hazard.InventoryCalculator;
import org.parkwatch.backend.hazard.ResolvedChemical;
import org.parkwatch.backend.hazard.Tank;
import org.parkwatch.backend.hazard.UnitInfo;
import org.parkwatch.model.park.ParkCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the park's QRA inputs: installations from the hazard module's units (each tank, and each chemical of a
 * process unit's or warehouse's design holdup) with their live inventory, placed at their outline's centroid in park
 * metres; protection targets and people from the {@code sensitive-targets} layer ({@code population},
 * {@code protectionClass}); and the park's extent. Not thread-safe (a proj4j transform): one instance per run.
 */
public final class ParkQraInputs {
    static final String TARGET_LAYER = "sensitive-targets";

    private final ParkCatalog park;
    private final HazardService hazards;
    private final MetricProjection projection = new MetricProjection();
    private final GeoJsonReader reader = new GeoJsonReader();

    public ParkQraInputs(ParkCatalog park, HazardService hazards) {
        this.park = park;
        this.hazards = hazards;
    }

    /**
     * Inventory (kg) per installation id from the hazard module's measured levels, design quantity where none.
     * Call it on the ingest context (the hazard module's levels live there).
     */
    public Map<String, Double> liveInventoriesKg() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (HazardUnit u : hazards.model().units()) {
            Map<String, Double> levels = hazards.measuredLevels(u.id());
            for (Tank t : u.tanks()) {
                Double level = levels.get(t.id());
                double massT = level == null ? InventoryCalculator.staticMassT(t) : InventoryCalculator.massT(t, level);
                out.put(t.id(), massT * 1000);
            }
            for (HazardItem item : u.fixedItems()) {
                out.put(u.id() + ":" + item.chemical().cas(), item.quantityT() * 1000);
            }
        }
        return out;
    }

    /** Installations holding the given inventories (kg by id); ids not in the map hold their design quantity. */
    public List<QraInstallation> installations(Map<String, Double> inventoriesKg) {
        ChemicalProperties chemicals = hazards.chemicals();
        Map<String, JsonNode> tankFeatures = features("tanks");
        List<QraInstallation> out = new ArrayList<>();
        for (HazardUnit u : hazards.model().units()) {
            UnitInfo info = hazards.model().info(u.id());
            Geometry unitOutline = geometry(info.geometry(), u.id());
            double bund = unitOutline.getDimension() == 2 ? unitOutline.getArea() : QraConstants.DEFAULT_BUND_AREA_M2;
            for (Tank t : u.tanks()) {
                Optional<ChemicalRecord> rec = record(chemicals, t.chemical());
                JsonNode f = tankFeatures.get(t.id());
                if (rec.isEmpty() || f == null) {
                    continue;
                }
                ChemicalProfile c = ChemicalProfile.of(rec.get()).withDensity(t.densityKgPerM3());
                JsonNode p = f.path("properties");
                boolean refrigerated = "refrigerated".equals(p.path("tankType").asText());
                boolean pressure = (c.liquefiedGas() && !refrigerated)
                        || p.path("designPressureKPa").asDouble(0) > QraConstants.PRESSURE_VESSEL_KPA;
                double design = InventoryCalculator.staticMassT(t) * 1000;
                double kg = inventoriesKg.getOrDefault(t.id(), design);
                double capacityKg = t.geometry().capacityM3() * t.densityKgPerM3();
                double head = t.geometry().maxLevelM() * Math.min(1, kg / capacityKg);
                org.locationtech.jts.geom.Point at = geometry(f.path("geometry"), t.id()).getCentroid();
                out.add(new QraInstallation(t.id(), p.path("enterpriseId").asText(info.enterpriseId()), at.getX(),
                        at.getY(), c, kg, design, pressure,
                        pressure ? QraConstants.DEFAULT_LIQUEFIED_GAUGE_PA : 0, head, bund));
            }
            org.locationtech.jts.geom.Point centre = unitOutline.getCentroid();
            for (HazardItem item : u.fixedItems()) {
                Optional<ChemicalRecord> rec = record(chemicals, item.chemical());
                if (rec.isEmpty()) {
                    continue;
                }
                ChemicalProfile c = ChemicalProfile.of(rec.get());
                String id = u.id() + ":" + item.chemical().cas();
                double design = item.quantityT() * 1000;
                out.add(new QraInstallation(id, info.enterpriseId(), centre.getX(), centre.getY(), c,
                        inventoriesKg.getOrDefault(id, design), design, c.liquefiedGas(),
                        c.liquefiedGas() ? QraConstants.DEFAULT_LIQUEFIED_GAUGE_PA : 0, 1.0, bund));
            }
        }
        return out;
    }

    /**
     * The chemicals record of a stored chemical: by its name when that names a record of the same CAS number (so
     * hydrochloric acid is not taken for anhydrous hydrogen chloride, which shares its CAS), else by CAS.
     */
    private static Optional<ChemicalRecord> record(ChemicalProperties chemicals, ResolvedChemical c) {
        return chemicals.byName(c.nameZh()).filter(r -> r.cas().equals(c.cas()) || r.otherCas().contains(c.cas()))
                .or(() -> chemicals.byCas(c.cas()));
    }

    /**
     * Protection targets of the population layer, each with its class ({@code protectionClass}) and the GB 36894
     * limits that apply ({@code facilityStatus} {@code new} or {@code in-service}, default in service).
     *
     * @throws IllegalArgumentException naming the feature and the attribute when one is bad
     */
    public List<TargetArea> targets() {
        List<TargetArea> out = new ArrayList<>();
        features(TARGET_LAYER).forEach((id, f) -> {
            JsonNode p = f.path("properties");
            try {
                FacilityStatus status = FacilityStatus.parse(p.hasNonNull("facilityStatus")
                        ? p.get("facilityStatus").asText() : null);
                out.add(new TargetArea(id, p.path("nameZh").asText(id), p.path("nameEn").asText(id),
                        TargetArea.parseClass(p.path("protectionClass").asText(null)),
                        p.path("population").asDouble(0), geometry(f.path("geometry"), id),
                        status == null ? FacilityStatus.DEFAULT : status,
                        status == null ? FacilityStatus.Source.DEFAULT : FacilityStatus.Source.ATTRIBUTE));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(TARGET_LAYER + " feature " + id + ": " + e.getMessage(), e);
            }
        });
        return out;
    }

    /** The park's extent (park.json {@code extent}, lon/lat) in park metres. */
    public Envelope parkEnvelopeM() {
        JsonNode e = park.metadata().path("extent");
        if (!e.isArray() || e.size() != 4) {
            throw new IllegalArgumentException("park.json: extent [minLon, minLat, maxLon, maxLat] is missing");
        }
        var a = projection.toMetres(e.get(0).asDouble(), e.get(1).asDouble());
        var b = projection.toMetres(e.get(2).asDouble(), e.get(3).asDouble());
        return new Envelope(a.getX(), b.getX(), a.getY(), b.getY());
    }

    private Map<String, JsonNode> features(String layer) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (park.layers().stream().noneMatch(l -> l.id().equals(layer))) {
            return out;
        }
        park.layer(layer).path("features").forEach(f -> out.put(f.path("id").asText(), f));
        return out;
    }

    private Geometry geometry(JsonNode geoJson, String id) {
        try {
            return projection.toMetres(reader.read(geoJson.toString()));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("feature " + id + ": bad geometry: " + e.getMessage(), e);
        }
    }
}
