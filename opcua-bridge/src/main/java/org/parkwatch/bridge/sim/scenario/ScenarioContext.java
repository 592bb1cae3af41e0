package org.parkwatch.bridge.sim.scenario;

import java.util.List;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * What scenarios act on: the simulation model, the park's features (positions, properties) and the
 * servers.
 */
public record ScenarioContext(
        SimulationModel model, ScenarioFeatures features, ServerControl servers) {

    /**
     * Tags of the given kinds that match {@code ref}: by tag id, by id prefix ({@code E01.SIS1}) or
     * by feature id.
     */
    public List<TagDefinition> findTags(String ref, TagKind... kinds) {
        List<TagKind> k = List.of(kinds);
        List<TagDefinition> candidates =
                model.tags().stream().filter(t -> k.contains(t.kind())).toList();
        List<TagDefinition> byId = candidates.stream().filter(t -> t.id().equals(ref)).toList();
        if (!byId.isEmpty()) return byId;
        List<TagDefinition> byPrefix =
                candidates.stream().filter(t -> t.id().startsWith(ref + ".")).toList();
        if (!byPrefix.isEmpty()) return byPrefix;
        return candidates.stream().filter(t -> t.featureId().equals(ref)).toList();
    }
}
