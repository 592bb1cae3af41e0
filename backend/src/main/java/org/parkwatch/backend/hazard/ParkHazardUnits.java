package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Builds the park's GB 18218 units from the park's GeoJSON layers (layout of the demo park in gis-data):
 * storage units from {@code tank-farms} with their {@code tanks} (grouped by {@code tankFarmId}; tank id = feature
 * id, which the level tags name as {@code featureId}), production units from {@code process-units} and storage units
 * from {@code warehouses}, both with their {@code designInventoryT} per CAS number. Pure: the caller loads the layers
 * and supplies the head count within 500 m per unit (a spatial query).
 */
public final class ParkHazardUnits {

    /**
     * Filling ratio used for a tank's static quantity when its feature has no {@code maxFillFraction}: 0.9, a common
     * design limit for storage tanks and liquefied-gas vessels. Status [U]: set the real value per tank.
     */
    public static final double DEFAULT_MAX_FILL_FRACTION = 0.9;

    private ParkHazardUnits() {
    }

    /**
     * @param exposedPeople head count within 500 m of a unit's boundary, by unit id
     * @throws IllegalArgumentException naming the layer and feature when a feature is incomplete or its chemical
     *                                  is unknown
     */
    public static List<HazardUnit> fromLayers(JsonNode tankFarms, JsonNode tanks, JsonNode processUnits,
                                              JsonNode warehouses, ChemicalResolver resolver,
                                              ToIntFunction<String> exposedPeople) {
        Map<String, List<Tank>> tanksByFarm = new LinkedHashMap<>();
        for (JsonNode f : tanks.path("features")) {
            String farm = text(f.path("properties"), "tankFarmId", "tanks", f);
            tanksByFarm.computeIfAbsent(farm, k -> new ArrayList<>()).add(tank(f, resolver));
        }
        List<HazardUnit> units = new ArrayList<>();
        for (JsonNode f : tankFarms.path("features")) {
            String id = id(f, "tank-farms");
            units.add(new HazardUnit(id, tanksByFarm.getOrDefault(id, List.of()), exposedPeople.applyAsInt(id)));
        }
        for (JsonNode layer : List.of(processUnits, warehouses)) {
            for (JsonNode f : layer.path("features")) {
                String id = id(f, "process-units/warehouses");
                units.add(new HazardUnit(id, List.of(), designItems(f, id, resolver), exposedPeople.applyAsInt(id)));
            }
        }
        return units;
    }

    private static Tank tank(JsonNode f, ChemicalResolver resolver) {
        String id = id(f, "tanks");
        JsonNode p = f.path("properties");
        try {
            ResolvedChemical c = p.hasNonNull("chemicalZh")
                    ? resolver.byCasAndName(text(p, "chemicalCas", "tanks", f), p.get("chemicalZh").asText(), null)
                    : resolver.byCas(text(p, "chemicalCas", "tanks", f));
            TankGeometry g = TankGeometry.of(p.path("tankType").asText(""), number(p, "diameterM", id),
                    number(p, "heightM", id), p.hasNonNull("lengthM") ? p.get("lengthM").asDouble() : null);
            double fill = p.hasNonNull("maxFillFraction") ? p.get("maxFillFraction").asDouble()
                    : DEFAULT_MAX_FILL_FRACTION;
            return new Tank(id, c, g, number(p, "liquidDensityKgM3", id), fill);
        } catch (ChemicalLookupException e) {
            throw new IllegalArgumentException("tanks feature " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<HazardItem> designItems(JsonNode f, String id, ChemicalResolver resolver) {
        List<HazardItem> items = new ArrayList<>();
        var fields = f.path("properties").path("designInventoryT").fields();
        while (fields.hasNext()) {
            var e = fields.next();
            try {
                items.add(new HazardItem(resolver.byCas(e.getKey()), e.getValue().asDouble()));
            } catch (ChemicalLookupException ex) {
                throw new IllegalArgumentException("feature " + id + " designInventoryT." + e.getKey() + ": "
                        + ex.getMessage(), ex);
            }
        }
        return items;
    }

    private static String id(JsonNode f, String layer) {
        String id = f.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException(layer + ": a feature has no id");
        }
        return id;
    }

    private static String text(JsonNode p, String field, String layer, JsonNode f) {
        String v = p.path(field).asText("");
        if (v.isEmpty()) {
            throw new IllegalArgumentException(layer + " feature " + f.path("id").asText("?") + ": " + field
                    + " is missing");
        }
        return v;
    }

    private static double number(JsonNode p, String field, String id) {
        if (!p.path(field).isNumber()) {
            throw new IllegalArgumentException("tanks feature " + id + ": " + field + " is missing or not a number");
        }
        return p.get(field).asDouble();
    }
}
