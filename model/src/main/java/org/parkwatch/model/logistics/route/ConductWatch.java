package org.parkwatch.model.logistics.route;

import java.util.EnumMap;
import java.util.Map;

/**
 * Judges one truck's positions in time order against the {@link TruckRules}: the breaches each
 * position is in. Leaving the route, speeding and a closed road are judged on the position alone; a
 * stop counts from the first standing position and is a breach once it has lasted {@code
 * maxDwellOutsideS} outside a permitted place (driving on, or reaching a permitted place, ends it).
 * Inside a permitted place the truck may leave the road: no route or closed-road breach there. Not
 * thread-safe: one watch per truck, fed by one thread.
 */
public final class ConductWatch {
    private final TruckRules rules;
    private long standingSinceMs = -1;

    public ConductWatch(TruckRules rules) {
        this.rules = rules;
    }

    /** The breaches at this position (empty when it keeps every rule), by breach. */
    public Map<Breach, Finding> judge(TruckFix f) {
        Map<Breach, Finding> out = new EnumMap<>(Breach.class);
        RoadOnFix road = f.road();
        boolean place = f.inPermittedPlace();
        if (!place && !Double.isNaN(f.offRouteM()) && f.offRouteM() > rules.corridorM()) {
            out.put(
                    Breach.OFF_ROUTE,
                    new Finding(Breach.OFF_ROUTE, f.offRouteM(), rules.corridorM(), road));
        }
        double limit = road == null ? rules.defaultLimitKmh() : road.limitKmh();
        if (f.speedKmh() > limit + rules.speedToleranceKmh()) {
            out.put(Breach.SPEEDING, new Finding(Breach.SPEEDING, f.speedKmh(), limit, road));
        }
        if (!place && road != null && road.closedToHazmat()) {
            out.put(
                    Breach.CLOSED_ROAD,
                    new Finding(Breach.CLOSED_ROAD, Double.NaN, Double.NaN, road));
        }
        if (f.speedKmh() >= rules.stopBelowKmh() || place) {
            standingSinceMs = -1;
        } else {
            if (standingSinceMs < 0 || f.timeMs() < standingSinceMs) standingSinceMs = f.timeMs();
            double standingS = (f.timeMs() - standingSinceMs) / 1000.0;
            if (standingS >= rules.maxDwellOutsideS()) {
                out.put(
                        Breach.STOPPED_OUTSIDE,
                        new Finding(
                                Breach.STOPPED_OUTSIDE, standingS, rules.maxDwellOutsideS(), road));
            }
        }
        return out;
    }
}
