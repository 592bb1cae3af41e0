package org.parkwatch.backend.alarm.correlation;

/** A position, EPSG:4326 degrees. */
public record LonLat(double lon, double lat) {}
