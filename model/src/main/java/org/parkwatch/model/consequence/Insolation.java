package org.parkwatch.model.consequence;

/** Daytime incoming solar radiation or night-time cloud cover, the column of the Pasquill table. */
public enum Insolation {
    DAY_STRONG,
    DAY_MODERATE,
    DAY_SLIGHT,
    NIGHT_CLOUDY,
    NIGHT_CLEAR,
    OVERCAST
}
