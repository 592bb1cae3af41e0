package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import org.parkwatch.model.park.ParkCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The park's GB 18218 units read from its layers: the {@link HazardUnit}s to grade (via {@link ParkHazardUnits}) with
 * α head counts from {@link ExposedPopulation}, and the {@link UnitInfo} beside each (names, owner, boundary, tanks).
 * Built once at start; layers the park lacks count as empty.
 */
public final class ParkHazardModel {
    static final String TANK_FARMS = "tank-farms";
    static final String TANKS = "tanks";
    static final String PROCESS_UNITS = "process-units";
    static final String WAREHOUSES = "warehouses";
    static final String SENSITIVE_TARGETS = "sensitive-targets";
    /** Enterprise site polygons: the plant boundaries α is counted from. */
    static final String ENTERPRISES = "enterprises";
    static final String GAS_DETECTORS = "gas-detectors";

    private final List<HazardUnit> units;
    private final Map<String, UnitInfo> infos = new LinkedHashMap<>();
    private final Map<String, JsonNode> tankProperties = new LinkedHashMap<>();

    /** @throws IllegalArgumentException naming the layer and feature when the park's data is incomplete */
    public ParkHazardModel(ParkCatalog park, ChemicalResolver resolver) {
        JsonNode tankFarms = layer(park, TANK_FARMS);
        JsonNode tanks = layer(park, TANKS);
        JsonNode processUnits = layer(park, PROCESS_UNITS);
        JsonNode warehouses = layer(park, WAREHOUSES);
        ExposedPopulation population = new ExposedPopulation(layer(park, SENSITIVE_TARGETS), layer(park, ENTERPRISES));
        Map<String, List<String>> tanksByFarm = new LinkedHashMap<>();
        for (JsonNode t : tanks.path("features")) {
            String farm = t.path("properties").path("tankFarmId").asText("");
            tanksByFarm.computeIfAbsent(farm, k -> new ArrayList<>()).add(t.path("id").asText());
            tankProperties.put(t.path("id").asText(), t.path("properties"));
        }
        for (String layerId : List.of(TANK_FARMS, PROCESS_UNITS, WAREHOUSES)) {
            JsonNode layer = switch (layerId) {
                case TANK_FARMS -> tankFarms;
                case PROCESS_UNITS -> processUnits;
                default -> warehouses;
            };
            for (JsonNode f : layer.path("features")) {
                String id = f.path("id").asText("");
                JsonNode p = f.path("properties");
                infos.put(id, new UnitInfo(id, layerId, p.path("unitType").asText(""),
                        p.path("enterpriseId").asText(""), p.path("nameZh").asText(id), p.path("nameEn").asText(id),
                        f.path("geometry"), tanksByFarm.getOrDefault(id, List.of()),
                        population.around(population.lonLat(f, layerId, id))));
            }
        }
        this.units = List.copyOf(ParkHazardUnits.fromLayers(tankFarms, tanks, processUnits, warehouses, resolver,
                id -> infos.get(id).exposure().people()));
    }

    private static JsonNode layer(ParkCatalog park, String id) {
        boolean present = park.layers().stream().anyMatch(l -> l.id().equals(id));
        return present ? park.layer(id) : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    /** Units to grade, in layer order (tank farms, process units, warehouses). */
    public List<HazardUnit> units() {
        return units;
    }

    public UnitInfo info(String unitId) {
        return infos.get(unitId);
    }

    /** Properties of a tank feature (capacity, chemical, design conditions), or a missing node. */
    public JsonNode tankProperties(String tankId) {
        return tankProperties.getOrDefault(tankId, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    public Map<String, JsonNode> tanks() {
        return tankProperties;
    }
}
