package org.parkwatch.model.park;

import java.util.List;

/**
 * The tag list of one enterprise (or of the park operator, id {@code PARK}) and the OPC UA
 * namespace that serves it.
 */
public record EnterpriseTags(String enterpriseId, String namespaceUri, List<TagDefinition> tags) {
    public EnterpriseTags {
        tags = List.copyOf(tags);
    }
}
