package org.parkwatch.backend.routing;

/**
 * A team's base that may send responders (a fire station, a first-aid station), from the
 * emergency-resources layer.
 *
 * @param kind the layer's kind, e.g. {@code fire-station}
 */
public record ResponderPlace(
        String id, String kind, String nameZh, String nameEn, double lon, double lat) {}
