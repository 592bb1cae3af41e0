/**
 * Road routing for emergencies (issue 14) and, later, hazardous-goods traffic (issue 16): one road
 * graph built from road segments ({@link org.parkwatch.model.routing.RoadGraphBuilder}), one router
 * for point-to-point routes by mode with closed roads and avoided areas ({@link
 * org.parkwatch.model.routing.RoadRouter}), evacuation of population targets out of threat zones to
 * shelters with capacity ({@link org.parkwatch.model.routing.EvacuationPlanner}) and responders'
 * approach from upwind to a staging point outside the no-entry zones ({@link
 * org.parkwatch.model.routing.ApproachPlanner}). Plain Java (JTS, JGraphT); no IO.
 */
package org.parkwatch.model.routing;
