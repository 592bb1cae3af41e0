package org.parkwatch.model.routing;

/**
 * Where an arbitrary point joins the road network: the nearest node usable by the mode and the
 * straight-line distance to it (walked off the network, reported on every route).
 *
 * @param node node index in the {@link RoadGraph}
 * @param lon the node's longitude
 * @param lat the node's latitude
 * @param distanceM from the point to the node, m
 */
public record NodeSnap(int node, double lon, double lat, double distanceM) {}
