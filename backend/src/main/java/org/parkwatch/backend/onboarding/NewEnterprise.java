package org.parkwatch.backend.onboarding;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An enterprise to be added to the park: its registry names, its site outline (a GeoJSON Polygon or
 * MultiPolygon in EPSG:4326 lon/lat, drawn on the map or imported) and its tag list (the {@code
 * tags-<ID>.json} that {@code ./parkwatch browse} proposes, reviewed by the engineer). The
 * constructor checks everything and names the field, row or coordinate that is wrong.
 */
public record NewEnterprise(
        String id,
        String nameZh,
        String nameEn,
        String activity,
        JsonObject siteGeometry,
        JsonObject browsedTags) {
    /**
     * Enterprise ids are park-wide keys and MQTT topic segments: short, no dots (tag ids use the
     * dot).
     */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private static final Set<String> ACTIVITIES =
            Set.of("production", "storage", "administration", "disposal");

    public NewEnterprise {
        if (id == null || !ID.matcher(id).matches()) {
            throw new OnboardingException(
                    "enterprise id '"
                            + id
                            + "' must be 1-32 characters of A-Z a-z 0-9 _ -"
                            + " (no dots), e.g. E09");
        }
        if (nameZh == null || nameZh.isBlank())
            throw new OnboardingException("the Chinese name (--name-zh) is required");
        if (nameEn == null || nameEn.isBlank()) nameEn = nameZh;
        if (activity == null || activity.isBlank()) activity = "production";
        if (!ACTIVITIES.contains(activity)) {
            throw new OnboardingException(
                    "activity '"
                            + activity
                            + "' must be one of "
                            + ACTIVITIES.stream().sorted().toList());
        }
        siteGeometry = geometry(siteGeometry);
        if (browsedTags == null)
            throw new OnboardingException("the tag list (--tags tags-" + id + ".json) is required");
    }

    /** The outline as a feature of the enterprise plots layer. */
    JsonObject siteFeature(String plotId) {
        return new JsonObject()
                .put("type", "Feature")
                .put("id", plotId)
                .put(
                        "properties",
                        new JsonObject()
                                .put("kind", "enterprise")
                                .put("nameZh", nameZh)
                                .put("nameEn", nameEn)
                                .put("enterpriseId", id)
                                .put("activity", activity))
                .put("geometry", siteGeometry);
    }

    /**
     * The park tag list: the browse proposal's tags with the working keys ({@code _proposed},
     * {@code _check}) left out; a tag whose feature the park lacks is attached to the site outline
     * {@code plotId}.
     */
    JsonObject tagList(String plotId, List<String> parkFeatureIds) {
        String declared = browsedTags.getString("enterpriseId", id);
        if (!id.equals(declared)) {
            throw new OnboardingException(
                    "the tag list is for enterprise "
                            + declared
                            + ", not "
                            + id
                            + " (browse --enterprise "
                            + id
                            + ")");
        }
        JsonArray in = browsedTags.getJsonArray("tags", new JsonArray());
        if (in.isEmpty())
            throw new OnboardingException("the tag list has no tags: browse the server again");
        JsonArray out = new JsonArray();
        for (int i = 0; i < in.size(); i++) {
            JsonObject t = in.getJsonObject(i).copy();
            String where = "tag list tags[" + i + "] (" + t.getString("id", "?") + ")";
            String tagId = t.getString("id", "");
            if (!tagId.startsWith(id + ".") || tagId.length() == id.length() + 1) {
                throw new OnboardingException(where + ": id must start with '" + id + ".'");
            }
            if (t.getString("kind", "").isBlank()) {
                throw new OnboardingException(
                        where
                                + ": set its kind ("
                                + t.getString("_check", "no kind")
                                + ")"
                                + " or delete the tag");
            }
            t.fieldNames().removeIf(k -> k.startsWith("_"));
            if (!parkFeatureIds.contains(t.getString("featureId", ""))) t.put("featureId", plotId);
            out.add(t);
        }
        return new JsonObject()
                .put("enterpriseId", id)
                .put("namespaceUri", browsedTags.getString("namespaceUri", ""))
                .put("tags", out);
    }

    private static JsonObject geometry(JsonObject site) {
        if (site == null)
            throw new OnboardingException("the site outline (--site site.geojson) is required");
        JsonObject g = site;
        if ("FeatureCollection".equals(g.getString("type"))) {
            JsonArray fs = g.getJsonArray("features", new JsonArray());
            if (fs.size() != 1) {
                throw new OnboardingException(
                        "the site file must hold one feature (the outline), it holds " + fs.size());
            }
            g = fs.getJsonObject(0);
        }
        if ("Feature".equals(g.getString("type"))) g = g.getJsonObject("geometry");
        String type = g == null ? null : g.getString("type");
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            throw new OnboardingException(
                    "the site outline must be a Polygon or MultiPolygon, was " + type);
        }
        checkCoordinates(g.getJsonArray("coordinates"), "coordinates");
        return g;
    }

    private static void checkCoordinates(JsonArray a, String where) {
        if (a == null || a.isEmpty())
            throw new OnboardingException("the site outline: " + where + " is empty");
        if (a.getValue(0) instanceof Number) {
            boolean lonLat =
                    a.size() >= 2
                            && a.getValue(1) instanceof Number
                            && Math.abs(a.getDouble(0)) <= 180
                            && Math.abs(a.getDouble(1)) <= 90;
            if (!lonLat) {
                throw new OnboardingException(
                        "the site outline: "
                                + where
                                + " "
                                + a.encode()
                                + " is not a lon/lat position in EPSG:4326 (re-project it, or import with --crs)");
            }
            return;
        }
        for (int i = 0; i < a.size(); i++)
            checkCoordinates(a.getJsonArray(i), where + "[" + i + "]");
    }
}
