package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.hazard.registry.Activity;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.hazard.registry.Installation;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the registry's seed: the enterprises of park.json (name, credit code, address, activity;
 * entries whose activity is not one of {@link Activity}, such as the park operator, are skipped)
 * and one installation per tank.
 */
public final class RegistrySeedReader {

    private RegistrySeedReader() {}

    /**
     * @param tanks the tank features by tank id ({@link ParkHazardModel#tanks})
     * @param sisUnits units with SIS tags (an installation there counts as SIS-protected)
     */
    public static RegistryBook seed(
            ParkCatalog park, Map<String, TankFeature> tanks, Set<String> sisUnits) {
        return new RegistryBook(
                enterprises(new JsonObject(park.metadata().toString())),
                installations(tanks, sisUnits));
    }

    static List<Enterprise> enterprises(JsonObject parkJson) {
        List<Enterprise> out = new ArrayList<>();
        Object arr = parkJson.getValue("enterprises");
        if (!(arr instanceof JsonArray list)) return out;
        for (Object o : list) {
            if (!(o instanceof JsonObject e)) continue;
            Set<Activity> activities = EnumSet.noneOf(Activity.class);
            Activity.parse(ParkLayerReader.text(e, "activity", "")).ifPresent(activities::add);
            if (activities.isEmpty()) continue;
            out.add(
                    new Enterprise(
                            ParkLayerReader.text(e, "id", ""),
                            ParkLayerReader.text(e, "nameZh", ""),
                            ParkLayerReader.text(e, "nameEn", ""),
                            ParkLayerReader.text(e, "creditCode", ""),
                            ParkLayerReader.text(e, "address", ""),
                            activities));
        }
        return out;
    }

    static List<Installation> installations(Map<String, TankFeature> tanks, Set<String> sisUnits) {
        List<Installation> out = new ArrayList<>();
        tanks.forEach(
                (id, t) ->
                        out.add(
                                new Installation(
                                        id,
                                        t.enterpriseId(),
                                        t.tankFarmId(),
                                        t.tankType().isEmpty() ? "tank" : t.tankType(),
                                        t.chemicalCas(),
                                        t.capacityM3() == null ? 0 : t.capacityM3(),
                                        t.designPressureKPa() == null
                                                ? Double.NaN
                                                : t.designPressureKPa(),
                                        t.designTemperatureC() == null
                                                ? Double.NaN
                                                : t.designTemperatureC(),
                                        sisUnits.contains(t.tankFarmId()))));
        return out;
    }
}
