/**
 * Routes on the park's roads (issue 14, scope 4): the road graph built from the {@code roads} layer
 * through the store (the same code for H2GIS and PostGIS), point-to-point routes by mode, and for
 * each incident with threat zones the evacuation of the people inside to shelters and the
 * responders' approach from upwind, recomputed when the zones follow the wind and pushed as {@code
 * incident.routes}. Other capabilities use the {@link org.parkwatch.backend.routing.RoutePlanning}
 * port. The models are {@code org.parkwatch.model.routing}.
 */
package org.parkwatch.backend.routing;
