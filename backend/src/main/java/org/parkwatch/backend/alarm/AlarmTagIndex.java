package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense int indexes for tag ids, so per-tag alarm state lives in arrays. Immutable. */
public final class AlarmTagIndex {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    public AlarmTagIndex(Collection<String> tagIds) {
        for (String id : tagIds) {
            if (id != null && !index.containsKey(id)) {
                index.put(id, ids.size());
                ids.add(id);
            }
        }
    }

    /** The tags the definitions read: watched, setpoint and suppression tags. */
    public static AlarmTagIndex of(Collection<AlarmDefinition> defs) {
        List<String> ids = new ArrayList<>();
        for (AlarmDefinition d : defs) {
            ids.add(d.tagId());
            ids.add(d.setpointTagId());
            ids.add(d.suppressWhenTagId());
        }
        return new AlarmTagIndex(ids);
    }

    /** The index of a tag, or -1 when no alarm reads it. */
    public int indexOf(String tagId) {
        Integer i = index.get(tagId);
        return i == null ? -1 : i;
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }
}
