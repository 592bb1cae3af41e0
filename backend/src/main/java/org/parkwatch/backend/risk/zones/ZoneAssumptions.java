package org.parkwatch.backend.risk.zones;

import java.util.Map;
import org.parkwatch.model.consequence.Terrain;

/**
 * The assumptions threat zones make where the caller gives no value, each in one named place with
 * its source and status ([V] verified, [P] partly, [U] unverified; docs/domain/README.md).
 */
public final class ZoneAssumptions {
    /**
     * Duration over which a mass feeds a pool fire (toxic zones of a mass come from a puff
     * instead), or over which a rate builds a flammable cloud or fireball, s: the Purple Book's
     * "full contents in 10 min" release category (CPR 18E, docs/domain/risk.md "Generic leak
     * frequencies") [U].
     */
    public static final double MASS_RELEASE_DURATION_S = 600;

    /**
     * Hole of the typical leak from a vessel: the Purple Book's "10 mm hole" category
     * (docs/domain/risk.md §Generic leak frequencies) [U].
     */
    public static final double TYPICAL_HOLE_DIAMETER_M = 0.010;

    /**
     * Terrain when none is given: the demo park lies in open farmland on the Henan plain
     * (park.json) [P].
     */
    public static final Terrain DEFAULT_TERRAIN = Terrain.RURAL;

    /**
     * Air temperature when neither the live tag nor the caller gives one: 25 °C, the model's
     * reference [U].
     */
    public static final double DEFAULT_AIR_TEMPERATURE_K = 298.15;

    /**
     * Cloud cover when unknown, oktas: a clear sky, which gives the more stable class at night (the
     * conservative choice for ground-level toxic concentrations) [U, our choice].
     */
    public static final int DEFAULT_CLOUD_OKTAS = 0;

    /**
     * Tank design pressures up to this (kPa gauge) count as atmospheric storage: GB 50160 "常压储罐" ≤
     * 6 kPa [U].
     */
    public static final double ATMOSPHERIC_TANK_MAX_KPA = 6;

    /**
     * Vapour pressure at 20 °C of liquefied gases stored under pressure, Pa absolute (handbook
     * values, CRC / Perry's, rounded) [U]: the operating pressure of a pressure tank at ambient
     * temperature. Keyed by CAS.
     */
    public static final Map<String, Double> VAPOUR_PRESSURE_20C_PA =
            Map.of(
                    "7782-50-5", 6.8e5, // chlorine
                    "7664-41-7", 8.6e5, // ammonia
                    "68476-85-7", 8.4e5, // LPG as propane
                    "7783-06-4", 18.2e5, // hydrogen sulfide
                    "7647-01-0", 42.0e5); // hydrogen chloride

    /**
     * TNO multi-energy blast strength of a flammable cloud in the park: 7, a process area's dense
     * congestion (pipe racks, equipment) without strong confinement, in the upper part of the
     * Yellow Book's range for such sites (CPR 14E §5.5.3, Kinsella's guidance 5–7) [U, our choice,
     * conservative within the range].
     */
    public static final int DEFAULT_BLAST_STRENGTH = 7;

    private ZoneAssumptions() {}
}
