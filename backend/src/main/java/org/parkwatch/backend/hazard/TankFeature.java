package org.parkwatch.backend.hazard;

/**
 * One feature of the park's {@code tanks} layer, as the hazard model and the registry read it
 * ({@link ParkLayerReader}). Numbers the feature lacks (or that are not numbers) are null; strings
 * it lacks are empty.
 *
 * @param id feature id; the level tags name it as featureId
 * @param tankFarmId the tank farm (unit) the tank belongs to
 * @param chemicalZh Chinese name of the stored chemical, null when the feature gives only the CAS
 *     number
 * @param diameterM shell diameter, m
 * @param heightM shell height, m
 * @param lengthM length of a horizontal vessel, m
 * @param maxFillFraction highest filling ratio, 0…1
 * @param liquidDensityKgM3 density of the stored liquid, kg/m³
 * @param capacityM3 nominal capacity, m³
 * @param designPressureKPa design pressure, kPa
 * @param designTemperatureC design temperature, °C
 * @param geometryGeoJson the tank's geometry as the layer file writes it (GeoJSON text), null when
 *     absent
 */
public record TankFeature(
        String id,
        String tankFarmId,
        String enterpriseId,
        String tankType,
        String chemicalCas,
        String chemicalZh,
        Double diameterM,
        Double heightM,
        Double lengthM,
        Double maxFillFraction,
        Double liquidDensityKgM3,
        Double capacityM3,
        Double designPressureKPa,
        Double designTemperatureC,
        String geometryGeoJson) {}
