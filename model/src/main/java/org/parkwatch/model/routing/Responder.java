package org.parkwatch.model.routing;

/** A team that must reach an incident (a fire station, an ambulance), at a lon/lat point. */
public record Responder(String id, double lon, double lat) {}
