package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's GB 18218 units read from its layers: the {@link HazardUnit}s to grade (via {@link
 * ParkHazardUnits}) with α head counts from {@link ExposedPopulation}, and the {@link UnitInfo}
 * beside each (names, owner, boundary, tanks). Built once at start; layers the park lacks count as
 * empty.
 */
public final class ParkHazardModel {
    static final String GAS_DETECTORS = ParkLayerReader.GAS_DETECTORS;

    private final List<HazardUnit> units;
    private final Map<String, UnitInfo> infos = new LinkedHashMap<>();
    private final Map<String, TankFeature> tanks = new LinkedHashMap<>();
    private final Map<String, String> gasDetectorTargets;

    /**
     * @throws IllegalArgumentException naming the layer and feature when the park's data is
     *     incomplete
     */
    public ParkHazardModel(ParkCatalog park, ChemicalResolver resolver) {
        this(ParkLayerReader.read(park), resolver);
    }

    /**
     * @throws IllegalArgumentException naming the layer and feature when the park's data is
     *     incomplete
     */
    public ParkHazardModel(ParkLayers layers, ChemicalResolver resolver) {
        ExposedPopulation population =
                new ExposedPopulation(layers.sensitiveTargets(), layers.enterpriseSites());
        Map<String, List<String>> tanksByFarm = new LinkedHashMap<>();
        for (TankFeature t : layers.tanks()) {
            tanksByFarm.computeIfAbsent(t.tankFarmId(), k -> new ArrayList<>()).add(t.id());
            tanks.put(t.id(), t);
        }
        for (List<UnitFeature> layer :
                List.of(layers.tankFarms(), layers.processUnits(), layers.warehouses())) {
            for (UnitFeature f : layer) {
                infos.put(
                        f.id(),
                        new UnitInfo(
                                f.id(),
                                f.layer(),
                                f.unitType(),
                                f.enterpriseId(),
                                f.nameZh(),
                                f.nameEn(),
                                f.boundary(),
                                f.geometryGeoJson(),
                                tanksByFarm.getOrDefault(f.id(), List.of()),
                                population.around(f.boundary())));
            }
        }
        this.gasDetectorTargets = layers.gasDetectorTargets();
        this.units =
                List.copyOf(
                        ParkHazardUnits.fromLayers(
                                layers, resolver, id -> infos.get(id).exposure().people()));
    }

    /** Units to grade, in layer order (tank farms, process units, warehouses). */
    public List<HazardUnit> units() {
        return units;
    }

    public UnitInfo info(String unitId) {
        return infos.get(unitId);
    }

    /** A tank feature (capacity, chemical, design conditions) by id. */
    public Optional<TankFeature> tank(String tankId) {
        return Optional.ofNullable(tanks.get(tankId));
    }

    /** Every tank feature by id, in layer order. */
    public Map<String, TankFeature> tanks() {
        return tanks;
    }

    /**
     * The feature each gas detector monitors, by detector id (empty without a gas-detectors layer).
     */
    public Map<String, String> gasDetectorTargets() {
        return gasDetectorTargets;
    }
}
