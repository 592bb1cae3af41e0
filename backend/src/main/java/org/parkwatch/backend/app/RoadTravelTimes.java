package org.parkwatch.backend.app;

import java.util.Optional;
import org.parkwatch.backend.emergency.TravelTimes;
import org.parkwatch.backend.routing.RoutePlanning;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.RoutingException;
import org.parkwatch.model.routing.TravelMode;

/**
 * Dispatch ETAs on the park's road graph (the routing capability's fastest route, walking to and
 * from the network included). When the network has no way, or a point lies off it, the
 * straight-line estimate answers instead and its basis says why — never a silent guess. Blocks:
 * dispatch calls it from its database worker.
 */
final class RoadTravelTimes implements TravelTimes {
    private final RoutePlanning planning;
    private final TravelTimes fallback;

    RoadTravelTimes(RoutePlanning planning, TravelTimes fallback) {
        this.planning = planning;
        this.fallback = fallback;
    }

    @Override
    public Optional<TravelEstimate> estimate(
            double lon1, double lat1, double lon2, double lat2, Mode mode) {
        TravelMode travel = mode == Mode.WALKING ? TravelMode.WALK : TravelMode.DRIVE;
        try {
            Route r = planning.route(RouteQuery.fastest(lon1, lat1, lon2, lat2, travel));
            return Optional.of(
                    new TravelEstimate(
                            r.distanceM(),
                            r.timeS(),
                            true,
                            "园区道路网最快路线",
                            "fastest route on the park's road network"));
        } catch (RoutingException e) {
            return fallback.estimate(lon1, lat1, lon2, lat2, mode)
                    .map(
                            s ->
                                    new TravelEstimate(
                                            s.distanceM(),
                                            s.seconds(),
                                            false,
                                            "道路网无可行路线（" + e.reason() + "）；" + s.basisZh(),
                                            "no way on the road network ("
                                                    + e.reason()
                                                    + "); "
                                                    + s.basisEn()));
        }
    }
}
