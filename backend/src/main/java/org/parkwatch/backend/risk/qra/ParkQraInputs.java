package org.parkwatch.backend.risk.qra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
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
import org.parkwatch.backend.hazard.TankFeature;
import org.parkwatch.backend.hazard.UnitInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the park's QRA inputs: installations from the hazard module's units (each tank, and each
 * chemical of a process unit's or warehouse's design holdup) with their live inventory, placed at
 * their outline's centroid in park metres; protection targets and people from the {@code
 * sensitive-targets} layer ({@code population}, {@code protectionClass}); and the park's extent.
 * Not thread-safe (a proj4j transform): one instance per run.
 */
public final class ParkQraInputs {
    static final String TARGET_LAYER = QraTargetReader.TARGET_LAYER;

    private final ParkCatalog park;
    private final HazardService hazards;
    private final MetricProjection projection = new MetricProjection();
    private final GeoJsonReader reader = new GeoJsonReader();

    public ParkQraInputs(ParkCatalog park, HazardService hazards) {
        this.park = park;
        this.hazards = hazards;
    }

    /**
     * Inventory (kg) per installation id from the hazard module's measured levels, design quantity
     * where none. Call it on the ingest context (the hazard module's levels live there).
     */
    public Map<String, Double> liveInventoriesKg() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (HazardUnit u : hazards.model().units()) {
            Map<String, Double> levels = hazards.measuredLevels(u.id());
            for (Tank t : u.tanks()) {
                Double level = levels.get(t.id());
                double massT =
                        level == null
                                ? InventoryCalculator.staticMassT(t)
                                : InventoryCalculator.massT(t, level);
                out.put(t.id(), massT * 1000);
            }
            for (HazardItem item : u.fixedItems()) {
                out.put(u.id() + ":" + item.chemical().cas(), item.quantityT() * 1000);
            }
        }
        return out;
    }

    /**
     * Installations holding the given inventories (kg by id); ids not in the map hold their design
     * quantity.
     */
    public List<QraInstallation> installations(Map<String, Double> inventoriesKg) {
        ChemicalProperties chemicals = hazards.chemicals();
        List<QraInstallation> out = new ArrayList<>();
        for (HazardUnit u : hazards.model().units()) {
            UnitInfo info = hazards.model().info(u.id());
            Geometry unitOutline = projection.toMetres(info.boundary());
            double bund =
                    unitOutline.getDimension() == 2
                            ? unitOutline.getArea()
                            : QraConstants.DEFAULT_BUND_AREA_M2;
            for (Tank t : u.tanks()) {
                Optional<ChemicalRecord> rec = record(chemicals, t.chemical());
                TankFeature p = hazards.model().tank(t.id()).orElse(null);
                if (rec.isEmpty() || p == null) {
                    continue;
                }
                ChemicalProfile c = ChemicalProfile.of(rec.get()).withDensity(t.densityKgPerM3());
                boolean refrigerated = "refrigerated".equals(p.tankType());
                boolean pressure =
                        (c.liquefiedGas() && !refrigerated)
                                || (p.designPressureKPa() != null
                                        && p.designPressureKPa()
                                                > QraConstants.PRESSURE_VESSEL_KPA);
                double design = InventoryCalculator.staticMassT(t) * 1000;
                double kg = inventoriesKg.getOrDefault(t.id(), design);
                double capacityKg = t.geometry().capacityM3() * t.densityKgPerM3();
                double head = t.geometry().maxLevelM() * Math.min(1, kg / capacityKg);
                Point at = geometry(p.geometryGeoJson(), t.id()).getCentroid();
                out.add(
                        new QraInstallation(
                                t.id(),
                                p.enterpriseId().isEmpty() ? info.enterpriseId() : p.enterpriseId(),
                                at.getX(),
                                at.getY(),
                                c,
                                kg,
                                design,
                                pressure,
                                pressure ? QraConstants.DEFAULT_LIQUEFIED_GAUGE_PA : 0,
                                head,
                                bund));
            }
            Point centre = unitOutline.getCentroid();
            for (HazardItem item : u.fixedItems()) {
                Optional<ChemicalRecord> rec = record(chemicals, item.chemical());
                if (rec.isEmpty()) {
                    continue;
                }
                ChemicalProfile c = ChemicalProfile.of(rec.get());
                String id = u.id() + ":" + item.chemical().cas();
                double design = item.quantityT() * 1000;
                out.add(
                        new QraInstallation(
                                id,
                                info.enterpriseId(),
                                centre.getX(),
                                centre.getY(),
                                c,
                                inventoriesKg.getOrDefault(id, design),
                                design,
                                c.liquefiedGas(),
                                c.liquefiedGas() ? QraConstants.DEFAULT_LIQUEFIED_GAUGE_PA : 0,
                                1.0,
                                bund));
            }
        }
        return out;
    }

    /**
     * The chemicals record of a stored chemical: by its name when that names a record of the same
     * CAS number (so hydrochloric acid is not taken for anhydrous hydrogen chloride, which shares
     * its CAS), else by CAS.
     */
    private static Optional<ChemicalRecord> record(
            ChemicalProperties chemicals, ResolvedChemical c) {
        return chemicals
                .byName(c.nameZh())
                .filter(r -> r.cas().equals(c.cas()) || r.otherCas().contains(c.cas()))
                .or(() -> chemicals.byCas(c.cas()));
    }

    /**
     * Protection targets of the population layer, each with its class ({@code protectionClass}) and
     * the GB 36894 limits that apply ({@code facilityStatus} {@code new} or {@code in-service},
     * default in service).
     *
     * @throws IllegalArgumentException naming the feature and the attribute when one is bad
     */
    public List<TargetArea> targets() {
        return QraTargetReader.targets(park, this::geometry);
    }

    /** The park's extent (park.json {@code extent}, lon/lat) in park metres. */
    public Envelope parkEnvelopeM() {
        double[] e = QraTargetReader.extentLonLat(park);
        var a = projection.toMetres(e[0], e[1]);
        var b = projection.toMetres(e[2], e[3]);
        return new Envelope(a.getX(), b.getX(), a.getY(), b.getY());
    }

    private Geometry geometry(String geoJson, String id) {
        try {
            return projection.toMetres(reader.read(geoJson == null ? "" : geoJson));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "feature " + id + ": bad geometry: " + e.getMessage(), e);
        }
    }
}
