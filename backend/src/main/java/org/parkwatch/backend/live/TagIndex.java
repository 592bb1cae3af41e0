package org.parkwatch.backend.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.TagDefinition;

/**
 * Dense integer indexes for the park's tags, built once, so the ingest path addresses arrays
 * instead of maps.
 */
public final class TagIndex {
    private final TagDefinition[] tags;
    private final Map<String, Integer> byId;

    public TagIndex(List<TagDefinition> definitions) {
        this.tags = definitions.toArray(new TagDefinition[0]);
        this.byId = new HashMap<>(tags.length * 2);
        for (int i = 0; i < tags.length; i++) byId.put(tags[i].id(), i);
    }

    /** The index of a tag, or -1 when the park has no such tag. */
    public int indexOf(String tagId) {
        Integer i = byId.get(tagId);
        return i == null ? -1 : i;
    }

    public TagDefinition definition(int index) {
        return tags[index];
    }

    public int size() {
        return tags.length;
    }
}
