package org.parkwatch.backend.hazard;

import java.util.List;
import java.util.Map;

/**
 * The park layers the hazard model grades from ({@link ParkLayerReader}); a layer the park lacks is
 * empty.
 *
 * @param gasDetectorTargets the feature each gas detector monitors ({@code monitorsFeatureId}), by
 *     detector id
 * @param enterpriseSites the enterprise site polygons (plant boundaries) α is counted from
 */
public record ParkLayers(
        List<UnitFeature> tankFarms,
        List<TankFeature> tanks,
        List<UnitFeature> processUnits,
        List<UnitFeature> warehouses,
        List<SensitiveTarget> sensitiveTargets,
        Map<String, String> gasDetectorTargets,
        List<EnterpriseSite> enterpriseSites) {

    public ParkLayers {
        tankFarms = List.copyOf(tankFarms);
        tanks = List.copyOf(tanks);
        processUnits = List.copyOf(processUnits);
        warehouses = List.copyOf(warehouses);
        sensitiveTargets = List.copyOf(sensitiveTargets);
        gasDetectorTargets = Map.copyOf(gasDetectorTargets);
        enterpriseSites = List.copyOf(enterpriseSites);
    }
}
