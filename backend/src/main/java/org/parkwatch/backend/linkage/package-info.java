/**
 * The linkage package (联动信息, issue 5 scope 6): for an alarm or incident location, everything a
 * responder needs at once — the feature and coordinates, the chemicals there with properties and
 * disposal cards, the cameras that see the point, sensitive targets and people within a radius, the
 * nearest emergency resources per kind, and the duty contacts. Pure logic over the park layers and
 * {@link org.parkwatch.backend.gis.SpatialQueries}; {@link
 * org.parkwatch.backend.linkage.LinkageBuilder} is the entry point.
 */
package org.parkwatch.backend.linkage;
