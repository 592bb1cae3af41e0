package org.parkwatch.model.routing;

import java.util.List;
import java.util.Map;

/**
 * Where the people of every target in an evacuation zone go: routes to shelters, the findings for
 * those who must shelter in place, the people sent to each shelter and the shelters not used
 * because they lie in a zone or off the network.
 *
 * @param shelterLoad people sent to each usable shelter, by shelter id (0 for unused ones)
 * @param unusableShelters shelter id → why it cannot take anyone: {@code in-zone}, {@code
 *     no-capacity}, {@code off-network} or {@code access-in-zone} ({@link EvacuationPlanner})
 */
public record EvacuationPlan(
        List<EvacuationRoute> routes,
        List<ShelterInPlace> shelterInPlace,
        Map<String, Integer> shelterLoad,
        Map<String, String> unusableShelters) {
    public EvacuationPlan {
        routes = List.copyOf(routes);
        shelterInPlace = List.copyOf(shelterInPlace);
        shelterLoad = Map.copyOf(shelterLoad);
        unusableShelters = Map.copyOf(unusableShelters);
    }
}
