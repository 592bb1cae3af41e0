package org.parkwatch.backend.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * Owns the one mapping from a park resource to the enterprise that owns it (issue 7, tenancy), so
 * every route, export and the WebSocket ask the same question the same way: "who owns this?" and
 * then {@link Principal#sees(String)}. An owner of {@code null} means park-level data, visible to
 * every logged-in role. Rules (backend/README.md "Tenancy"):
 *
 * <ul>
 *   <li>enterprise ids: the park's own pseudo-enterprise {@value #PARK_ID} (weather and air
 *       stations, the park's pipe rack) is park-level;
 *   <li>tags, alarms, SIS ids, bypass tags: by the tag list the tag comes from; ids without a
 *       catalogued tag (alarm ids {@code E01.TK201.LT.HH}, SIS ids {@code E02.SIS1}, feed alarms
 *       {@code E05.FEED}) by their prefix before the first dot (or hyphen, for unit ids), which
 *       every id of the catalogue starts with;
 *   <li>map features: park-level layers ({@link #PARK_LEVEL_LAYERS}) belong to nobody; features of
 *       other layers to their {@code enterpriseId} property.
 * </ul>
 *
 * Pure: built once from the park catalogue, no I/O, safe to share between threads.
 */
public final class TenantScope {
    /** Id of the park's own tag list and features in park.json (gis-data demo park). */
    public static final String PARK_ID = "PARK";

    /**
     * Layers every logged-in role sees whole: the park's outline, infrastructure and surroundings,
     * the enterprise sites with their names, weather and air stations, emergency resources (issue
     * 7: an enterprise needs them to act).
     */
    public static final Set<String> PARK_LEVEL_LAYERS =
            Set.of(
                    "park-boundary",
                    "roads",
                    "rivers",
                    "enterprises",
                    "environment",
                    "park-facilities",
                    "sensitive-targets",
                    "emergency-resources");

    private final Set<String> enterpriseIds = new LinkedHashSet<>();
    private final Map<String, String> tagOwner = new HashMap<>();

    public TenantScope(ParkCatalog park) {
        for (EnterpriseInfo e : park.enterprises()) enterpriseIds.add(e.id());
        for (TagDefinition t : park.allTags())
            tagOwner.put(t.id(), ownerOfEnterprise(t.enterpriseId()));
    }

    /** The park's enterprise ids as park.json lists them, {@value #PARK_ID} included. */
    public Set<String> enterpriseIds() {
        return Set.copyOf(enterpriseIds);
    }

    /** True for an enterprise id of the park (not the park itself). */
    public boolean isEnterprise(String id) {
        return id != null && !PARK_ID.equals(id) && enterpriseIds.contains(id);
    }

    /**
     * The owner of data tagged with an enterprise id: null (park-level) for {@value #PARK_ID}, null
     * and blanks.
     */
    public static String ownerOfEnterprise(String enterpriseId) {
        return enterpriseId == null || enterpriseId.isBlank() || PARK_ID.equals(enterpriseId)
                ? null
                : enterpriseId;
    }

    /** True when the tag is in the catalogue. */
    public boolean knowsTag(String tagId) {
        return tagOwner.containsKey(tagId);
    }

    /**
     * Owner of a tag, alarm, SIS or bypass id: the catalogued tag's enterprise, else the enterprise
     * named by the id's prefix before the first dot or hyphen (feature and unit ids: {@code
     * E01-TK201}); null for park-level ids and ids naming no enterprise.
     */
    public String ownerOfId(String id) {
        if (id == null) return null;
        String owner = tagOwner.get(id);
        if (owner != null || tagOwner.containsKey(id)) return owner;
        int end = 0;
        while (end < id.length() && id.charAt(end) != '.' && id.charAt(end) != '-') end++;
        String prefix = id.substring(0, end);
        return isEnterprise(prefix) ? prefix : null;
    }

    /**
     * May the caller see this tag (its value, definition, history)? An unknown tag is visible only
     * to park roles, so that "unknown" and "another enterprise's" answer the same to an enterprise
     * user (existence does not leak).
     */
    public boolean seesTag(Principal p, String tagId) {
        if (!tagOwner.containsKey(tagId)) return !p.scoped();
        return p.sees(tagOwner.get(tagId));
    }

    /** May the caller see an alarm, SIS or bypass id (see {@link #ownerOfId(String)})? */
    public boolean seesId(Principal p, String id) {
        return p.sees(ownerOfId(id));
    }

    /** Owner of a map feature: null in a park-level layer, else its enterpriseId property. */
    public static String ownerOfFeature(String layerId, String enterpriseId) {
        return PARK_LEVEL_LAYERS.contains(layerId) ? null : ownerOfEnterprise(enterpriseId);
    }

    public boolean seesFeature(Principal p, String layerId, String enterpriseId) {
        return p.sees(ownerOfFeature(layerId, enterpriseId));
    }

    /** May the caller see data of this enterprise id ({@value #PARK_ID} = park-level)? */
    public boolean seesEnterprise(Principal p, String enterpriseId) {
        return p.sees(ownerOfEnterprise(enterpriseId));
    }

    /**
     * An incident is visible to a caller who sees at least one involved enterprise (a domino
     * incident across E01 and E02 is shown to both, each with only its own alarms). An incident
     * with no enterprise is park-level.
     */
    public boolean seesAny(Principal p, Collection<String> enterpriseIds) {
        if (enterpriseIds.isEmpty()) return p.sees(null);
        for (String e : enterpriseIds) if (seesEnterprise(p, e)) return true;
        return false;
    }

    /**
     * May the caller change data bound to this id (e.g. enter a work permit for a SIS)? Park roles
     * may (the route table already decided the permission); an enterprise user only for ids its
     * enterprise owns, not park-level ones.
     */
    public boolean mayWrite(Principal p, String id) {
        if (!p.scoped()) return true;
        String owner = ownerOfId(id);
        return owner != null && owner.equals(p.enterpriseId());
    }

    /** The ids among {@code ids} the caller may see, in order. */
    public List<String> visibleIds(Principal p, Collection<String> ids) {
        return ids.stream().filter(id -> seesId(p, id)).toList();
    }
}
