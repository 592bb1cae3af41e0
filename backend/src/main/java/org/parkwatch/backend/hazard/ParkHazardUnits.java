package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Builds the park's GB 18218 units from the park's layers as {@link ParkLayerReader} reads them
 * (layout of the demo park in gis-data): storage units from {@code tank-farms} with their {@code
 * tanks} (grouped by {@code tankFarmId}; tank id = feature id, which the level tags name as {@code
 * featureId}), production units from {@code process-units} and storage units from {@code
 * warehouses}, both with their {@code designInventoryT} per CAS number. Pure: the caller loads the
 * layers and supplies the head count within 500 m per unit (a spatial query).
 */
public final class ParkHazardUnits {

    /**
     * Filling ratio used for a tank's static quantity when its feature has no {@code
     * maxFillFraction}: 0.9, a common design limit for storage tanks and liquefied-gas vessels.
     * Status [U]: set the real value per tank.
     */
    public static final double DEFAULT_MAX_FILL_FRACTION = 0.9;

    private ParkHazardUnits() {}

    /**
     * @param layers the park's layers ({@link ParkLayerReader#read})
     * @param exposedPeople head count within 500 m of a unit's boundary, by unit id
     * @throws IllegalArgumentException naming the layer and feature when a feature is incomplete or
     *     its chemical is unknown
     */
    public static List<HazardUnit> fromLayers(
            ParkLayers layers, ChemicalResolver resolver, ToIntFunction<String> exposedPeople) {
        Map<String, List<Tank>> tanksByFarm = new LinkedHashMap<>();
        for (TankFeature f : layers.tanks()) {
            String farm = required(f.tankFarmId(), "tankFarmId", "tanks", f.id());
            tanksByFarm.computeIfAbsent(farm, k -> new ArrayList<>()).add(tank(f, resolver));
        }
        List<HazardUnit> units = new ArrayList<>();
        for (UnitFeature f : layers.tankFarms()) {
            String id = id(f.id(), "tank-farms");
            units.add(
                    new HazardUnit(
                            id,
                            tanksByFarm.getOrDefault(id, List.of()),
                            exposedPeople.applyAsInt(id)));
        }
        for (List<UnitFeature> layer : List.of(layers.processUnits(), layers.warehouses())) {
            for (UnitFeature f : layer) {
                String id = id(f.id(), "process-units/warehouses");
                units.add(
                        new HazardUnit(
                                id,
                                List.of(),
                                designItems(f, id, resolver),
                                exposedPeople.applyAsInt(id)));
            }
        }
        return units;
    }

    private static Tank tank(TankFeature p, ChemicalResolver resolver) {
        String id = id(p.id(), "tanks");
        try {
            String cas = required(p.chemicalCas(), "chemicalCas", "tanks", id);
            ResolvedChemical c =
                    p.chemicalZh() != null
                            ? resolver.byCasAndName(cas, p.chemicalZh(), null)
                            : resolver.byCas(cas);
            TankGeometry g =
                    TankGeometry.of(
                            p.tankType(),
                            number(p.diameterM(), "diameterM", id),
                            number(p.heightM(), "heightM", id),
                            p.lengthM());
            double fill =
                    p.maxFillFraction() != null ? p.maxFillFraction() : DEFAULT_MAX_FILL_FRACTION;
            return new Tank(id, c, g, number(p.liquidDensityKgM3(), "liquidDensityKgM3", id), fill);
        } catch (ChemicalLookupException e) {
            throw new IllegalArgumentException("tanks feature " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<HazardItem> designItems(
            UnitFeature f, String id, ChemicalResolver resolver) {
        List<HazardItem> items = new ArrayList<>();
        for (Map.Entry<String, Double> e : f.designInventoryT().entrySet()) {
            try {
                items.add(new HazardItem(resolver.byCas(e.getKey()), e.getValue()));
            } catch (ChemicalLookupException ex) {
                throw new IllegalArgumentException(
                        "feature "
                                + id
                                + " designInventoryT."
                                + e.getKey()
                                + ": "
                                + ex.getMessage(),
                        ex);
            }
        }
        return items;
    }

    private static String id(String id, String layer) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException(layer + ": a feature has no id");
        }
        return id;
    }

    private static String required(String value, String field, String layer, String id) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(
                    layer + " feature " + (id.isEmpty() ? "?" : id) + ": " + field + " is missing");
        }
        return value;
    }

    private static double number(Double value, String field, String id) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "tanks feature " + id + ": " + field + " is missing or not a number");
        }
        return value;
    }
}
