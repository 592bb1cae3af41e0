package org.parkwatch.model.park;

import java.util.Arrays;

/** What a tag measures or signals; the gis-data tag lists use the lower-case, hyphenated names. */
public enum TagKind {
    LEVEL("level"),
    TEMPERATURE("temperature"),
    PRESSURE("pressure"),
    FLOW("flow"),
    GAS_TOXIC("gas-toxic"),
    GAS_FLAMMABLE("gas-flammable"),
    DETECTOR_FAULT("detector-fault"),
    SIS_TRIP("sis-trip"),
    SIS_BYPASS("sis-bypass"),
    VALVE_STATE("valve-state"),
    RUN_STATE("run-state"),
    SETPOINT("setpoint"),
    WIND_SPEED("wind-speed"),
    WIND_DIRECTION("wind-direction"),
    AIR_TEMPERATURE("air-temperature"),
    HUMIDITY("humidity"),
    SOLAR_RADIATION("solar-radiation"),
    CLOUD_COVER("cloud-cover"),
    AIR_QUALITY("air-quality"),
    WATER_QUALITY("water-quality"),
    /** The park's drill signal (演练): true while an emergency drill runs (issue 14). */
    DRILL_STATE("drill-state");

    private final String id;

    TagKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for on/off signals carried as booleans. */
    public boolean isDiscrete() {
        return this == SIS_TRIP
                || this == SIS_BYPASS
                || this == DETECTOR_FAULT
                || this == VALVE_STATE
                || this == RUN_STATE
                || this == DRILL_STATE;
    }

    public static TagKind of(String id) {
        for (TagKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException(
                "unknown tag kind '"
                        + id
                        + "'; expected one of "
                        + Arrays.stream(values()).map(TagKind::id).toList());
    }
}
