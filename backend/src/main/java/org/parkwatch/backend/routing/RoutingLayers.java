package org.parkwatch.backend.routing;

import java.util.List;
import org.parkwatch.model.routing.PopulationTarget;
import org.parkwatch.model.routing.RoadSegment;
import org.parkwatch.model.routing.Shelter;

/**
 * What routing reads from the park's layers: roads, the population targets, the shelters with their
 * capacity and the responders' bases; and the features it had to leave out, with why.
 *
 * @param problems one line per feature left out, naming layer, feature and field
 */
public record RoutingLayers(
        List<RoadSegment> roads,
        List<PopulationTarget> targets,
        List<Shelter> shelters,
        List<ResponderPlace> responders,
        List<String> problems) {
    public RoutingLayers {
        roads = List.copyOf(roads);
        targets = List.copyOf(targets);
        shelters = List.copyOf(shelters);
        responders = List.copyOf(responders);
        problems = List.copyOf(problems);
    }
}
